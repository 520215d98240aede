// Our groups against Pol.is's own, on two published conversations (test/fixtures/opinion, CC BY 4.0, The
// Computational Democracy Project): each participant's `group-id` in participants-votes.csv is what
// Pol.is's math worker had computed when the export was made.
//
// What we measured (one update from the final votes; Pol.is's come from many updates as votes arrived,
// with warm starts and the k-smoothing that only a replay of its history could reproduce):
// - brexit-consensus: 2 groups as Pol.is; adjusted Rand index 0.896 on the 189 participants both
//   cluster. Pol.is also clusters 8 participants with 1 to 6 votes, who had been pulled in early by the
//   top-up to 15 and stayed in; by the rule on the final votes they are out.
// - london.youth.policing: the same 24 participants in the conversation, but 4 groups (9, 9, 3, 3)
//   against Pol.is's 3 (18, 3, 3), adjusted Rand index 0.18. Pol.is's two small groups ({10, 15, 16},
//   {14, 19, 20}) are not nearest-centre groups on the final map (16 sits among group 1), so they come
//   from an earlier state of the conversation; no snapshot of its votes we tried reproduces them, nor
//   other readings of the method (missing votes as 0, components from the clustered participants only,
//   no sparsity scaling; k-means from 50 starts: adjusted Rand index ≤ 0.23 each).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/helpers/fixtures';
import { analyseConversation, adjustedRandIndex, readPolisExport } from './index';

function conversation(name: string) {
  const file = (f: string) => ({ name: f, text: readFileSync(fixture('opinion', name, f), 'utf8') });
  return readPolisExport(file('votes.csv'), file('comments.csv'));
}

/** Pol.is's group per participant, for those it clustered. */
function polisGroups(name: string): Map<string, string> {
  const [head, ...rows] = readFileSync(fixture('opinion', name, 'participants-votes.csv'), 'utf8').trim().split('\n').map((l) => l.split(','));
  const [p, g] = [head.indexOf('participant'), head.indexOf('group-id')];
  return new Map(rows.filter((r) => r[g] !== '').map((r) => [r[p], r[g]]));
}

describe('Pol.is reference conversations', () => {
  it('brexit-consensus: two groups, as Pol.is finds, agreeing with its assignment (adjusted Rand index ≥ 0.85)', () => {
    const map = analyseConversation(conversation('brexit-consensus'));
    const polis = polisGroups('brexit-consensus');
    expect(map.participants).toBe(204);
    expect(map.statements).toBe(50);
    expect(map.groups).toHaveLength(new Set(polis.values()).size);
    const ours = new Map(map.groups.flatMap((g) => g.members.map((m) => [m, g.id] as const)));
    const both = [...ours.keys()].filter((m) => polis.has(m));
    expect(both).toHaveLength(map.clustered.length); // everyone we cluster, Pol.is clusters too
    expect(both.length).toBe(189);
    expect(adjustedRandIndex(both.map((m) => polis.get(m)!), both.map((m) => ours.get(m)!))).toBeGreaterThanOrEqual(0.85);
    // each group has statements that speak for it, and the two groups' lists differ
    expect(map.groups.every((g) => g.representative.length > 0)).toBe(true);
    expect(map.groups[0].representative).not.toEqual(map.groups[1].representative);
  });

  it('london.youth.policing: the same 24 participants in the conversation as Pol.is, statements moderated out never shown', () => {
    const input = conversation('london.youth.policing');
    expect([...(input.zeroed ?? [])].sort()).toEqual(['0', '2', '3']);
    const map = analyseConversation(input);
    expect([...map.clustered].sort()).toEqual([...polisGroups('london.youth.policing').keys()].sort());
    const shown = map.groups.flatMap((g) => g.representative.map((r) => r.statement));
    expect(shown.filter((s) => ['0', '2', '3'].includes(s))).toEqual([]);
    expect(Object.keys(map.groupInformedConsensus)).not.toContain('0');
  });
});
