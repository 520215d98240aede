// The scenario's analysis (GET …/scenarios/:id) laid side by side for the screen: one row per level and sector
// held before or after, its figures before and after (zero where it held nothing), and how many activities the
// scenario moves into and out of it. Rows in the order of the levels given, then of first appearance of a sector.
export type Figures = { functions: number; activities: number; workload: number; staff: number; budget: number };
export type Cell = Figures & { level: string; sector: string };
export type SideRow = { level: string; sector: string; before: Figures; after: Figures; movedIn: number; movedOut: number };

const none = (): Figures => ({ functions: 0, activities: 0, workload: 0, staff: 0, budget: 0 });
const figuresOf = ({ functions, activities, workload, staff, budget }: Figures): Figures => ({ functions, activities, workload, staff, budget });

export function sideBySide(
  analysis: { before: readonly Cell[]; after: readonly Cell[] },
  moves: ReadonlyArray<{ activity: string; to: string }>,
  activities: ReadonlyArray<{ code: string; level: string; sector: string }>,
  levels: readonly string[],
): SideRow[] {
  const rows = new Map<string, SideRow>();
  const row = (level: string, sector: string) => {
    const key = `${level}\u0000${sector}`;
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { level, sector, before: none(), after: none(), movedIn: 0, movedOut: 0 }));
    return r;
  };
  for (const c of analysis.before) row(c.level, c.sector).before = figuresOf(c);
  for (const c of analysis.after) row(c.level, c.sector).after = figuresOf(c);
  const byCode = new Map(activities.map((a) => [a.code, a]));
  for (const m of moves) {
    const a = byCode.get(m.activity);
    if (!a) continue;
    row(a.level, a.sector).movedOut += 1;
    row(m.to, a.sector).movedIn += 1;
  }
  const rank = (level: string) => { const i = levels.indexOf(level); return i < 0 ? levels.length : i; };
  return [...rows.values()].map((r, i) => ({ r, i })).sort((x, y) => rank(x.r.level) - rank(y.r.level) || x.i - y.i).map(({ r }) => r);
}

/** Workload per staff member got worse (higher) at a receiving level; a level without staff on either side is not compared. */
export function worsens(before: number | null, after: number | null): boolean {
  return before !== null && after !== null && after > before + 1e-9;
}
