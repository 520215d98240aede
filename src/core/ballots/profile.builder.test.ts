// The ballot store: identical ballots merge into one weighted entry, different ones never do.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors';
import { ProfileBuilder } from './profile.builder';

describe('ProfileBuilder', () => {
  it('merges identical ballots, whatever the order inside a tie', () => {
    const builder = new ProfileBuilder(['A', 'B', 'C']);
    builder.addRanking([0, 1, 2], [0, 1, 1], 2);
    builder.addRanking([0, 2, 1], [0, 1, 1], 3);
    builder.addRanking([0, 2, 1], [0, 1, 2]);
    const profile = builder.build();
    expect(profile.size).toBe(2);
    expect(Array.from(profile.weight)).toEqual([5, 1]);
  });

  it('keeps ballots apart that differ in kind, group or cluster', () => {
    const builder = new ProfileBuilder(['A', 'B']);
    builder.addRanking([0], null);
    builder.addApproval([0]);
    builder.addApproval([0], 1, builder.groupId('citizens'));
    builder.addApproval([0], 1, -1, builder.clusterId('north'));
    expect(builder.build().size).toBe(4);
  });

  it('stores as many distinct ballots as were added, and their total weight, under any load', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.subarray([0, 1, 2, 3, 4, 5]), fc.integer({ min: 1, max: 3 })), { maxLength: 300 }), (added) => {
        const builder = new ProfileBuilder(['A', 'B', 'C', 'D', 'E', 'F']);
        for (const [set, w] of added) builder.addApproval(set, w);
        const profile = builder.build();
        const distinct = new Set(added.map(([set]) => [...set].sort().join(',')));
        expect(profile.size).toBe(distinct.size);
        expect(profile.weight.reduce((a, b) => a + b, 0)).toBe(added.reduce((a, [, w]) => a + w, 0));
      }),
    );
  });

  it('merges approval sets over many candidates too (beyond the bit-set shortcut)', () => {
    const builder = new ProfileBuilder(Array.from({ length: 40 }, (_, c) => `C${c}`));
    builder.addApproval([35, 2]);
    builder.addApproval([2, 35], 2);
    builder.addApproval([2]);
    expect(Array.from(builder.build().weight)).toEqual([3, 1]);
  });

  it('refuses what a parser would have caught', () => {
    const builder = new ProfileBuilder(['A', 'B']);
    expect(() => builder.addRanking([0, 0], null)).toThrow(InputError);
    expect(() => builder.addApproval([2])).toThrow('A ballot names candidate number 2, but there are 2.');
    expect(() => builder.addApproval([1, 1])).toThrow('A ballot lists "B" twice.');
    expect(() => builder.addPair(0, 1, -1)).toThrow(InputError);
    expect(() => builder.addCandidate('A')).toThrow('Candidate "A" is declared twice.');
  });
});
