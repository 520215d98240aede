// The opinion map as a small static SVG: each participant a dot at their place on the two components,
// coloured by group (a withheld group's dots grey, unlabelled). Places are snapped to a 60 × 36 grid and
// each group's dots drawn as one path of zero-length round-capped strokes, so the picture stays a few
// kilobytes however many people took part (at most one dot per cell and group).
import { formatMessage } from '../../../core/i18n';
import type { Lang } from '../../../http/pages';
import { opinionWords } from './conversation.words';
import type { PublicGroup } from './report.view';

const COLUMNS = 60;
const ROWS = 36;
const PAD = 2;

/** Each group's dots as path data ("M3 4h0M7 9h0…"), in one frame fitted to every dot. */
export function mapPaths(groups: readonly PublicGroup[]): { index: number | null; d: string }[] {
  const all = groups.flatMap((g) => g.points);
  if (!all.length) return [];
  const [xs, ys] = [all.map((p) => p[0]), all.map((p) => p[1])];
  const span = (v: number[]) => ({ min: Math.min(...v), size: Math.max(...v) - Math.min(...v) || 1 });
  const [sx, sy] = [span(xs), span(ys)];
  const cell = (v: number, s: { min: number; size: number }, n: number) => PAD + Math.round(((v - s.min) / s.size) * (n - 1));
  return groups
    .filter((g) => g.points.length)
    .map((g) => {
      const cells = new Set(g.points.map(([x, y]) => `M${cell(x, sx, COLUMNS)} ${cell(y, sy, ROWS)}h0`));
      return { index: g.withheld ? null : g.index, d: [...cells].join('') };
    });
}

export function OpinionMapSvg({ lang, groups }: { lang: Lang; groups: readonly PublicGroup[] }) {
  const paths = mapPaths(groups);
  if (!paths.length) return null;
  const label = formatMessage(lang, opinionWords[lang].mapAlt, { groups: groups.length, people: groups.reduce((s, g) => s + g.size, 0) });
  return (
    <svg viewBox={`0 0 ${COLUMNS + 2 * PAD - 1} ${ROWS + 2 * PAD - 1}`} role="img" aria-label={label} xmlns="http://www.w3.org/2000/svg">
      {paths.map((p, i) => (
        <path key={i} className={p.index === null ? 'gx' : `g${p.index % 5}`} d={p.d} fill="none" strokeWidth={1.6} strokeLinecap="round" />
      ))}
    </svg>
  );
}
