// Attendance of a forum: per connection point, what was expected, how many registered and how many
// checked in, and the same summed for the whole forum (an unknown expectation counts as none).

export type PointAttendance = { pointId: string; expected: number | null; registered: number; checkedIn: number };
export type Attendance = { points: PointAttendance[]; overall: { expected: number; registered: number; checkedIn: number } };

/** `counts` per point id; points with no registration count zero. */
export function rollUp(points: readonly { id: string; expected: number | null }[], counts: ReadonlyMap<string, { registered: number; checkedIn: number }>): Attendance {
  const rows = points.map((p) => ({ pointId: p.id, expected: p.expected, registered: counts.get(p.id)?.registered ?? 0, checkedIn: counts.get(p.id)?.checkedIn ?? 0 }));
  const overall = { expected: 0, registered: 0, checkedIn: 0 };
  for (const r of rows) {
    overall.expected += r.expected ?? 0;
    overall.registered += r.registered;
    overall.checkedIn += r.checkedIn;
  }
  return { points: rows, overall };
}
