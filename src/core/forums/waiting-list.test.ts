import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeFor, promotions, waitingRank, type Capacity, type Seat } from './waiting-list';

const cap = (forum: number | null, points: [string, number | null][] = []): Capacity => ({ forum, points: new Map(points) });

/** Registers or cancels as the forum does: a cancellation frees a seat and everyone who fits moves up at once. */
function run(capacity: Capacity, steps: ({ op: 'register'; point: string | null } | { op: 'cancel'; pick: number })[]) {
  let seats: Seat[] = [];
  let seq = 0;
  for (const step of steps) {
    if (step.op === 'register') {
      seq++;
      seats.push({ id: `r${seq}`, pointId: step.point, seq, status: placeFor(seats, capacity, step.point) });
    } else if (seats.length) {
      seats = seats.filter((_, i) => i !== step.pick % seats.length);
      const moved = new Set(promotions(seats, capacity));
      seats = seats.map((s) => (moved.has(s.id) ? { ...s, status: 'registered' } : s));
    }
  }
  return seats;
}

describe('waiting list', () => {
  it('registers up to the capacity, then puts people on the waiting list', () => {
    const seats = run(cap(2), [{ op: 'register', point: null }, { op: 'register', point: null }, { op: 'register', point: null }]);
    expect(seats.map((s) => s.status)).toEqual(['registered', 'registered', 'waiting']);
    expect(waitingRank(seats, 'r3')).toBe(1);
  });

  it('moves the first waiting person up when someone cancels', () => {
    const seats = run(cap(1), [{ op: 'register', point: null }, { op: 'register', point: null }, { op: 'register', point: null }, { op: 'cancel', pick: 0 }]);
    expect(seats).toEqual([
      { id: 'r2', pointId: null, seq: 2, status: 'registered' },
      { id: 'r3', pointId: null, seq: 3, status: 'waiting' },
    ]);
  });

  it('lets a later person at a point with room move up past one waiting for a full point', () => {
    // Forum of 3, point A of 1: r1 takes A, r2 waits for A, r3 takes B, r4 waits (forum full); r3 cancels.
    const capacity = cap(3, [['A', 1]]);
    const seats = run(capacity, [
      { op: 'register', point: 'A' },
      { op: 'register', point: 'A' },
      { op: 'register', point: 'B' },
      { op: 'register', point: 'B' },
      { op: 'register', point: 'B' },
      { op: 'cancel', pick: 2 },
    ]);
    expect(seats.map((s) => [s.id, s.status])).toEqual([['r1', 'registered'], ['r2', 'waiting'], ['r4', 'registered'], ['r5', 'registered']]);
  });

  it('has no limit where none is set', () => {
    expect(placeFor([], cap(null, [['A', null]]), 'A')).toBe('registered');
  });

  const steps = fc.array(
    fc.oneof(
      fc.record({ op: fc.constant('register' as const), point: fc.constantFrom(null, 'A', 'B', 'C') }),
      fc.record({ op: fc.constant('cancel' as const), pick: fc.nat() }),
    ),
    { maxLength: 60 },
  );
  const capacities = fc.record({
    forum: fc.option(fc.integer({ min: 0, max: 8 })),
    a: fc.option(fc.integer({ min: 0, max: 4 })),
    b: fc.option(fc.integer({ min: 0, max: 4 })),
  });

  it('never registers more than the forum or a point holds, whatever the sequence', () => {
    fc.assert(
      fc.property(capacities, steps, (c, s) => {
        const seats = run(cap(c.forum, [['A', c.a], ['B', c.b]]), s);
        const registered = seats.filter((x) => x.status === 'registered');
        if (c.forum !== null) expect(registered.length).toBeLessThanOrEqual(c.forum);
        if (c.a !== null) expect(registered.filter((x) => x.pointId === 'A').length).toBeLessThanOrEqual(c.a);
        if (c.b !== null) expect(registered.filter((x) => x.pointId === 'B').length).toBeLessThanOrEqual(c.b);
      }),
    );
  });

  it('keeps the waiting list in order: nobody waits while someone later at the same point has a seat, and nobody waits who would fit', () => {
    fc.assert(
      fc.property(capacities, steps, (c, s) => {
        const capacity = cap(c.forum, [['A', c.a], ['B', c.b]]);
        const seats = run(capacity, s);
        for (const w of seats.filter((x) => x.status === 'waiting')) {
          const overtaken = seats.filter((r) => r.status === 'registered' && r.pointId === w.pointId && r.seq > w.seq);
          expect(overtaken).toEqual([]);
        }
        expect(promotions(seats, capacity)).toEqual([]);
      }),
    );
  });
});
