// Properties of the whole update (issue 18's acceptance), with fast-check: renaming participants or
// statements changes nothing but the names; two blocs voting opposite ways on every statement make two
// groups, each agreeing with what the other disagrees with.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseConversation } from './analyse';
import type { OpinionMap, Vote } from './types';

/** Participants × statements, each cell a vote or nothing. */
const conversations = fc
  .record({ people: fc.integer({ min: 2, max: 40 }), statements: fc.integer({ min: 1, max: 12 }) })
  .chain(({ people, statements }) =>
    fc.array(fc.constantFrom<Vote['value'] | null>(1, 1, -1, -1, 0, null), { minLength: people * statements, maxLength: people * statements }).map((cells) =>
      cells.flatMap((value, k): Vote[] => (value === null ? [] : [{ voter: `p${Math.floor(k / statements)}`, statement: `s${k % statements}`, value, at: k }])),
    ),
  );

/** The groups as sets of members, whatever the groups are called. */
const partition = (map: OpinionMap, rename: (p: string) => string = (p) => p) =>
  map.groups.map((g) => g.members.map(rename).sort().join(' ')).sort();

describe('opinion map (properties)', () => {
  it('does not depend on the names of participants and statements', () => {
    fc.assert(
      fc.property(conversations, fc.integer({ min: 1, max: 1_000 }), (votes, salt) => {
        // new names in another order: p7 → "voter-<(7·salt) mod 1009>", statements likewise
        const voter = (p: string) => `voter-${(Number(p.slice(1)) * salt + 13) % 1009}-${p}`;
        const statement = (s: string) => `st-${(Number(s.slice(1)) * salt + 7) % 1013}-${s}`;
        const renamed = votes.map((v) => ({ ...v, voter: voter(v.voter), statement: statement(v.statement) }));
        const before = analyseConversation({ votes });
        const after = analyseConversation({ votes: renamed });
        expect(partition(after)).toEqual(partition(before, voter));
        expect([...after.clustered].sort()).toEqual(before.clustered.map(voter).sort());
        // the map is the same up to turning it over: the distances between any two participants are kept
        // (a component's sign, or its direction where two eigenvalues are equal, is not fixed by the data)
        const names = Object.keys(before.projection);
        const gap = (map: OpinionMap, a: string, b: string) => Math.hypot(map.projection[a][0] - map.projection[b][0], map.projection[a][1] - map.projection[b][1]);
        for (const a of names) for (const b of names) expect(Math.abs(gap(after, voter(a), voter(b)) - gap(before, a, b))).toBeLessThan(1e-4);
      }),
      { numRuns: 60 },
    );
  });

  it('splits two opposed blocs into two groups, each agreeing with what the other rejects', () => {
    const blocs = fc.record({ left: fc.integer({ min: 8, max: 30 }), right: fc.integer({ min: 8, max: 30 }), statements: fc.integer({ min: 3, max: 12 }) });
    fc.assert(
      fc.property(blocs, ({ left, right, statements }) => {
        const votes: Vote[] = [];
        for (let p = 0; p < left + right; p++) {
          for (let s = 0; s < statements; s++) votes.push({ voter: `${p < left ? 'L' : 'R'}${p}`, statement: `s${s}`, value: p < left ? 1 : -1, at: votes.length });
        }
        const map = analyseConversation({ votes });
        expect(map.groups).toHaveLength(2);
        const groupOf = (prefix: string) => map.groups.find((g) => g.members[0].startsWith(prefix))!;
        const [l, r] = [groupOf('L'), groupOf('R')];
        expect(l.members.every((m) => m.startsWith('L'))).toBe(true);
        expect(r.members.every((m) => m.startsWith('R'))).toBe(true);
        expect(l.members).toHaveLength(left);
        expect(l.representative.every((s) => s.direction === 'agree')).toBe(true);
        expect(r.representative.every((s) => s.direction === 'disagree')).toBe(true);
        expect(r.representative.map((s) => s.statement).sort()).toEqual(l.representative.map((s) => s.statement).sort());
      }),
      { numRuns: 40 },
    );
  });
});
