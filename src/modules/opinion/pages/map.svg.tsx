// The opinion map as a small static SVG: each participant a dot at their place on the two components,
// coloured by group (a withheld group's dots grey, unlabelled). Places are snapped to a 48 × 30 grid, a cell
// takes the colour of the group with most people in it (ties: the earlier group), and each group's cells are
// drawn as one path of zero-length round-capped strokes — so the picture stays under ~13 KB however many
// people took part (at most one dot per cell), and the page under its 30 KB.
import { formatMessage } from '../../../core/i18n';
import type { Lang } from '../../../http/pages';
import { opinionWords } from './conversation.words';
import type { PublicGroup } from './report.view';

const COLUMNS = 48;
const ROWS = 30;
const PAD = 2;

type Span = { min: number; size: number };
const span = (v: number[]): Span => ({ min: Math.min(...v), size: Math.max(...v) - Math.min(...v) || 1 });
const cell = (v: number, s: Span, n: number) => PAD + Math.round(((v - s.min) / s.size) * (n - 1));

/** Each group's dots as path data ("M3 4h0M7 9h0…"), in one frame fitted to every dot; `index` null for a withheld group. */
export function mapPaths(groups: readonly PublicGroup[]): { index: number | null; d: string }[] {
  const all = groups.flatMap((g) => g.points);
  if (!all.length) return [];
  const [sx, sy] = [span(all.map((p) => p[0])), span(all.map((p) => p[1]))];
  // per cell, how many of each group stand there
  const cells = new Map<string, number[]>();
  groups.forEach((g, k) => {
    for (const [x, y] of g.points) {
      const key = `${cell(x, sx, COLUMNS)} ${cell(y, sy, ROWS)}`;
      const counts = cells.get(key) ?? cells.set(key, new Array<number>(groups.length).fill(0)).get(key)!;
      counts[k]++;
    }
  });
  const dots: string[][] = groups.map(() => []);
  for (const [key, counts] of cells) dots[counts.indexOf(Math.max(...counts))].push(`M${key}h0`);
  return groups.flatMap((g, k) => (dots[k].length ? [{ index: g.withheld ? null : g.index, d: dots[k].join('') }] : []));
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
