import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkQuestionText, mergeVoters, QUESTION_MAX_LENGTH, rankQuestions } from './questions';

describe('question text', () => {
  it('keeps NFC with spaces collapsed and counts characters, not bytes', () => {
    expect(checkQuestionText('  Đường  về\nxã? ')).toEqual({ ok: true, text: 'Đường về xã?' });
    expect(checkQuestionText('Đường'.normalize('NFD'))).toEqual({ ok: true, text: 'Đường' });
    expect(checkQuestionText('ư'.repeat(500)).ok).toBe(true);
    expect(checkQuestionText('ư'.repeat(501))).toEqual({ ok: false, code: 'forum.question_too_long', params: { max: 500, given: 501 } });
    expect(checkQuestionText(' \n ')).toMatchObject({ ok: false, code: 'forum.question_empty' });
    expect(QUESTION_MAX_LENGTH).toBe(500);
  });
});

describe('ranking and merging', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 30, 1, minute));

  it('puts more upvotes first and, on a tie, the earlier question', () => {
    const qs = [
      { id: 'c', upvotes: 2, createdAt: at(5) },
      { id: 'a', upvotes: 7, createdAt: at(9) },
      { id: 'b', upvotes: 2, createdAt: at(1) },
    ];
    expect(rankQuestions(qs).map((q) => q.id)).toEqual(['a', 'b', 'c']);
    expect(rankQuestions(qs, 2).map((q) => q.id)).toEqual(['a', 'b']);
  });

  it('orders any list by upvotes, then age: no question comes before one with more upvotes, or an older one with as many', () => {
    const question = fc.record({ id: fc.uuid(), upvotes: fc.nat(50), createdAt: fc.integer({ min: 0, max: 600 }).map(at) });
    fc.assert(
      fc.property(fc.array(question, { maxLength: 40 }), (qs) => {
        const ranked = rankQuestions(qs);
        expect(ranked).toHaveLength(qs.length);
        for (let i = 1; i < ranked.length; i++) {
          const [a, b] = [ranked[i - 1], ranked[i]];
          expect(a.upvotes > b.upvotes || (a.upvotes === b.upvotes && a.createdAt <= b.createdAt)).toBe(true);
        }
      }),
    );
  });

  it('never counts a participant twice when merging, and loses nobody', () => {
    const voters = fc.uniqueArray(fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', 'p6'));
    fc.assert(
      fc.property(voters, voters, (into, from) => {
        const merged = mergeVoters(into, from);
        expect(new Set(merged).size).toBe(merged.length);
        for (const p of [...into, ...from]) expect(merged).toContain(p);
        expect(merged.length).toBe(into.length + from.filter((p) => !into.includes(p)).length);
      }),
    );
    expect(mergeVoters(['p1', 'p2'], ['p2', 'p3'])).toEqual(['p1', 'p2', 'p3']);
  });
});
