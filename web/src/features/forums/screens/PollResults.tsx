// A poll's figures on a screen: one bar per option (approvals, Borda points or mean score, as the poll
// counts), highest first; and on the hall screen, each point's leading option, points with most
// ballots first, those withheld for too few ballots counted in one line.
import { formatNumber } from '../../../shared/format';
import { useLang, usePick, useT } from '../../../shared/i18n/i18n';
import type { ForumPoll } from './api';

/** Points listed by name under a poll; the rest are counted in one line. */
const LISTED = 6;
const digits = (poll: ForumPoll) => (poll.method === 'score' ? 1 : 0);

export function PollBars({ poll, values, label }: { poll: ForumPoll; values: Record<string, number>; label: string }) {
  const pick = usePick();
  const { lang } = useLang();
  const rows = poll.options.map((o) => ({ key: o.key, title: pick(o.title), value: values[o.key] ?? 0 })).sort((a, b) => b.value - a.value);
  const top = Math.max(...rows.map((r) => r.value), 0);
  return (
    <ol className="fs__bars" aria-label={label}>
      {rows.map((r) => (
        <li key={r.key}>
          <span className="fs__bar-name">{r.title}</span>
          <span className="fs__bar-value">{formatNumber(r.value, lang, digits(poll))}</span>
          <span className="fs__bar" aria-hidden="true">
            <span style={{ width: `${top > 0 ? (100 * r.value) / top : 0}%` }} />
          </span>
        </li>
      ))}
    </ol>
  );
}

export function PollPoints({ poll }: { poll: ForumPoll }) {
  const t = useT();
  const pick = usePick();
  const { lang } = useLang();
  const titles = new Map(poll.options.map((o) => [o.key, pick(o.title)]));
  const shown = poll.points.filter((p) => p.values !== null).sort((a, b) => (b.ballots ?? 0) - (a.ballots ?? 0));
  const withheld = poll.points.filter((p) => p.withheld && p.values === null).length;
  const leader = (values: Record<string, number>) => Object.entries(values).sort((a, b) => b[1] - a[1])[0];
  return (
    <ul className="fs__points" aria-label={t('screens.pollPerPoint')}>
      {shown.slice(0, LISTED).map((p) => {
        const [key, value] = leader(p.values!) ?? ['', 0];
        return (
          <li key={p.pointId}>
            <span>{pick(p.name)}: {titles.get(key)}</span>
            <span className="fs__count">{formatNumber(value, lang, digits(poll))}</span>
          </li>
        );
      })}
      {shown.length > LISTED && <li className="fs__meta">{t('screens.morePoints', { count: shown.length - LISTED })}</li>}
      {withheld > 0 && <li className="fs__meta">{t('screens.pollFewBallots', { count: withheld })}</li>}
    </ul>
  );
}
