// The export's pages (export.csv.ts): pagesOf cuts a list into runs without losing, repeating or reordering an
// item, each run within the limit unless one item alone passes it (fast-check); and participants-votes.csv's
// rows come out the same whether the participants are written in one page or in any pages. A hand example:
// sizes 3, 4, 1, 9, 2 under a limit of 5 give [3], [4, 1], [9], [2].
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lines, pagesOf, participantRows, type ExportVote } from './export.csv';

describe('pagesOf', () => {
  it('cuts by hand as worked out', () => {
    expect(pagesOf([3, 4, 1, 9, 2], (n) => n, 5)).toEqual([[3], [4, 1], [9], [2]]);
    expect(pagesOf([], (n: number) => n, 5)).toEqual([]);
  });

  it('keeps every item once, in order, each page within the limit or a single item (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 60 }), fc.integer({ min: 1, max: 30 }), (sizes, limit) => {
        const items = sizes.map((size, k) => ({ k, size }));
        const pages = pagesOf(items, (i) => i.size, limit);
        expect(pages.flat()).toEqual(items);
        for (const page of pages) {
          expect(page.length).toBeGreaterThan(0);
          const sum = page.reduce((s, i) => s + i.size, 0);
          expect(sum <= limit || page.length === 1).toBe(true);
        }
        // a page ends only where the next item would not fit
        for (let p = 0; p + 1 < pages.length; p++) expect(pages[p].reduce((s, i) => s + i.size, 0) + pages[p + 1][0].size).toBeGreaterThan(limit);
      }),
      { numRuns: 300 },
    );
  });
});

describe('participants-votes.csv in pages', () => {
  it('is the same text in one page or many (fast-check)', () => {
    const vote = fc.record({ pid: fc.integer({ min: 0, max: 11 }), tid: fc.integer({ min: 0, max: 5 }), value: fc.constantFrom(-1, 0, 1) });
    fc.assert(
      fc.property(fc.array(vote, { maxLength: 80 }), fc.integer({ min: 1, max: 15 }), (raw, limit) => {
        // one vote per participant and statement, as stored
        const votes = [...new Map(raw.map((v) => [`${v.pid}:${v.tid}`, v])).values()] as ExportVote[];
        const pids = Array.from({ length: 12 }, (_, k) => (k * 5) % 12); // a fixed shuffled order: 0, 5, 10, 3, …
        const ids = new Map(pids.map((pid, k) => [pid, k]));
        const column = new Map([0, 1, 2, 4].map((tid, j) => [tid, j])); // statement 3 pending, 5 unknown: not columns
        const common = { column, authored: new Map([[5, 2]]), groupOf: new Map([[0, 1], [10, 0]]), ids };
        const whole = lines(participantRows({ pids, votes, ...common }));
        const count = (pid: number) => votes.filter((v) => v.pid === pid).length;
        const paged = pagesOf(pids, (pid) => Math.max(1, count(pid)), limit)
          .map((page) => lines(participantRows({ pids: page, votes: votes.filter((v) => page.includes(v.pid)), ...common })))
          .join('');
        expect(paged).toBe(whole);
      }),
      { numRuns: 200 },
    );
  });
});
