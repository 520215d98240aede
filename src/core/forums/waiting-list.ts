// Who gets a seat at a forum: capacity for the whole forum and, optionally, per connection point.
// A newcomer is registered while there is room both in the forum and at their point, otherwise
// waits. When a seat frees up, the waiting list is walked in order of arrival and everyone who now
// fits moves up, so nobody is overtaken at their own point by someone who came later.

export type SeatStatus = 'registered' | 'waiting';
/** One live registration (cancelled ones are left out); `seq` orders arrivals. */
export type Seat = { id: string; pointId: string | null; status: SeatStatus; seq: number };
/** null = no limit. */
export type Capacity = { forum: number | null; points: ReadonlyMap<string, number | null> };

type Counts = { total: number; perPoint: Map<string, number> };

function registeredCounts(seats: readonly Seat[]): Counts {
  const perPoint = new Map<string, number>();
  let total = 0;
  for (const s of seats) {
    if (s.status !== 'registered') continue;
    total++;
    if (s.pointId !== null) perPoint.set(s.pointId, (perPoint.get(s.pointId) ?? 0) + 1);
  }
  return { total, perPoint };
}

function fits(counts: Counts, capacity: Capacity, pointId: string | null): boolean {
  if (capacity.forum !== null && counts.total >= capacity.forum) return false;
  if (pointId === null) return true;
  const limit = capacity.points.get(pointId) ?? null;
  return limit === null || (counts.perPoint.get(pointId) ?? 0) < limit;
}

/** Where a newcomer at `pointId` goes. */
export function placeFor(seats: readonly Seat[], capacity: Capacity, pointId: string | null): SeatStatus {
  return fits(registeredCounts(seats), capacity, pointId) ? 'registered' : 'waiting';
}

/** The waiting registrations that move up now, in order of arrival. */
export function promotions(seats: readonly Seat[], capacity: Capacity): string[] {
  const counts = registeredCounts(seats);
  const moved: string[] = [];
  const waiting = seats.filter((s) => s.status === 'waiting').sort((a, b) => a.seq - b.seq);
  for (const w of waiting) {
    if (!fits(counts, capacity, w.pointId)) continue;
    moved.push(w.id);
    counts.total++;
    if (w.pointId !== null) counts.perPoint.set(w.pointId, (counts.perPoint.get(w.pointId) ?? 0) + 1);
  }
  return moved;
}

/** A registration's place on the waiting list (1 = next to move up), or null when it is not waiting. */
export function waitingRank(seats: readonly { id: string; status: string; seq: number }[], id: string): number | null {
  const waiting = seats.filter((s) => s.status === 'waiting').sort((a, b) => a.seq - b.seq);
  const at = waiting.findIndex((s) => s.id === id);
  return at < 0 ? null : at + 1;
}
