// The bars of the projector view: one row per option in the consultation's own order (rows that
// jumped about as ballots arrive would be hard to follow from the back of a hall), the overall
// figure, and one column per cluster or group. On a phone the columns fold under each option.
import type { CSSProperties } from 'react';
import type { Keyed, TallyResult } from './api';
import { ballotsText } from './labels';
import { barShare, measureOf, type Part } from './results';
import { formatNumber } from '../../shared/format';
import { useLang, usePick, useT } from '../../shared/i18n/i18n';

function Bar({ share, small }: { share: number; small?: boolean }) {
  return (
    <span className={`board__bar${small ? ' board__bar--small' : ''}`} aria-hidden="true">
      <span className="board__fill" style={{ width: `${Math.round(share * 1000) / 10}%` }} />
    </span>
  );
}

export function ProjectorBoard({ options, results, parts }: { options: Keyed[]; results: TallyResult; parts: Part[] }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const overall = measureOf(results)?.values ?? {};
  const overallAll = Object.values(overall);
  const partValues = parts.map((p) => measureOf(p.result)?.values ?? {});
  const leading = new Set(results.voters > 0 ? results.winners : []);
  const show = (v: number | undefined) => (v === undefined ? '—' : formatNumber(v, lang, 1));
  const columns = { '--parts': parts.length } as CSSProperties;

  return (
    <div className={`board${parts.length ? ' board--parts' : ''}`} style={columns} data-testid="projector-board">
      {parts.length > 0 && (
        <div className="board__heads" aria-hidden="true">
          <span />
          <span />
          <span className="board__head">{t('projector.overall')}</span>
          {parts.map((p) => (
            <span key={p.key} className="board__head" data-testid="projector-part">
              {pick(p.title)}
              <small>{p.withheld ? t(p.reveals ? 'results.withheldReveals' : 'results.withheld', { n: p.withheld }) : ballotsText(t, p.result.voters)}</small>
            </span>
          ))}
        </div>
      )}
      <ol className="board__rows">
        {options.map((option, i) => (
          <li key={option.key} className={`board__row${leading.has(option.key) ? ' is-leading' : ''}`} data-testid="projector-row">
            <span className="board__num" aria-hidden="true">{i + 1}</span>
            <span className="board__title">
              {pick(option.title)}
              {leading.has(option.key) && <span className="visually-hidden"> ({t('projector.leading')})</span>}
            </span>
            <span className="board__cell">
              <Bar share={barShare(overall[option.key], overallAll)} />
              <span className="board__value" data-testid="projector-value">{show(overall[option.key])}</span>
            </span>
            {parts.map((p, j) => (
              <span key={p.key} className="board__cell board__cell--part">
                <span className="board__partname">{pick(p.title)}</span>
                <Bar small share={barShare(partValues[j][option.key], Object.values(partValues[j]))} />
                <span className="board__value">{show(partValues[j][option.key])}</span>
              </span>
            ))}
          </li>
        ))}
      </ol>
    </div>
  );
}
