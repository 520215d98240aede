// The map's findings in words and tables beside the chart (the same figures a screen reader needs): each
// group's size and representative statements with the group's agree and disagree shares, consensus statements
// with everyone's share that way (whole percentages, as the public report prints them), and the
// statements with the highest group-informed consensus.
import { formatNumber, formatShareWithSign } from '../../shared/format';
import type { Lang } from '../../shared/i18n/i18n';
import { useLang, useT } from '../../shared/i18n/i18n';
import type { StoredMap } from './api';
import { groupLetter } from './mapPoints';

type Props = { map: StoredMap; text: (tid: number) => string };
/** Whole percentages, as the public report page and the Word report print them: "92 %" / "92%". */
const percent = (share: number, lang: Lang) => formatShareWithSign(share, lang, { digits: 0 });
const GIC_TOP = 5;

export function GroupList({ map, text }: Props) {
  const t = useT();
  const { lang } = useLang();
  return (
    <section aria-labelledby="op-groups" data-testid="map-groups">
      <h3 id="op-groups">{t('opinion.groups.title')}</h3>
      {map.groups.map((g, i) => (
        <div key={g.id} className="op-group" data-testid="map-group">
          <h4>{t('opinion.groups.size', { name: groupLetter(i), size: g.size })}</h4>
          {g.representative.length === 0 && <p className="muted">{t('opinion.groups.none')}</p>}
          <ul className="op-statements">
            {g.representative.map((r) => (
              <li key={r.tid}>
                <span className={`op-dir op-dir--${r.direction}`}>{t(r.direction === 'agree' ? 'opinion.groups.agrees' : 'opinion.groups.disagrees')}</span> {text(r.tid)}{' '}
                <span className="muted">({r.disagree === undefined ? t('opinion.groups.share', { agree: percent(r.agree, lang) }) : t('opinion.groups.shares', { agree: percent(r.agree, lang), disagree: percent(r.disagree, lang) })})</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

export function ConsensusList({ map, text }: Props) {
  const t = useT();
  const { lang } = useLang();
  const all = [...map.consensus.agree, ...map.consensus.disagree];
  return (
    <section aria-labelledby="op-consensus" data-testid="map-consensus">
      <h3 id="op-consensus">{t('opinion.consensus.title')}</h3>
      {all.length === 0 && <p className="muted">{t('opinion.consensus.none')}</p>}
      <ul className="op-statements">
        {all.map((c) => (
          <li key={`${c.direction}-${c.tid}`}>
            <span className={`op-dir op-dir--${c.direction}`}>{t(c.direction === 'agree' ? 'opinion.consensus.agree' : 'opinion.consensus.disagree')}</span> {text(c.tid)}
            {c.share !== undefined && <span className="muted"> ({t(c.direction === 'agree' ? 'opinion.consensus.agreeShare' : 'opinion.consensus.disagreeShare', { share: percent(c.share, lang) })})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function GicTable({ map, text }: Props) {
  const t = useT();
  const { lang } = useLang();
  const top = Object.entries(map.groupInformedConsensus)
    .map(([tid, value]) => [Number(tid), value] as const)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, GIC_TOP);
  return (
    <section aria-labelledby="op-gic" data-testid="map-gic">
      <h3 id="op-gic">{t('opinion.gic.title')}</h3>
      <p className="muted">{t('opinion.gic.intro')}</p>
      <div className="table-scroll" role="region" aria-labelledby="op-gic" tabIndex={0}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('opinion.col.statement')}</th>
              <th scope="col" className="num">{t('opinion.col.index')}</th>
            </tr>
          </thead>
          <tbody>
            {top.map(([tid, value]) => (
              <tr key={tid}>
                <td>{text(tid)}</td>
                <td className="num">{formatNumber(value, lang, 3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
