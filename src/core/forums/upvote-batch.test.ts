import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRefusal, planUpvotes, settleUpvotes, type QuestionHead, type UpvoteRequest } from './upvote-batch';

const heads = new Map<string, QuestionHead>([
  ['q-open', { id: 'q-open', status: 'approved', pointId: 'p1', registrationId: 'lan' }],
  ['q-wait', { id: 'q-wait', status: 'waiting', pointId: 'p1', registrationId: 'lan' }],
  ['q-merged', { id: 'q-merged', status: 'merged', pointId: 'p2', registrationId: 'minh' }],
]);
const nobody = () => false;
const req = (questionId: string, registrationId: string, moderates: (p: string) => boolean = nobody): UpvoteRequest => ({ questionId, registrationId, moderates });

describe('a batch of upvotes', () => {
  it('refuses what the one-at-a-time path refuses, and a second click in the same batch', () => {
    const plan = planUpvotes(
      [req('q-open', 'minh'), req('q-open', 'minh'), req('q-gone', 'minh'), req('q-wait', 'lan'), req('q-wait', 'minh'), req('q-wait', 'hoa', (p) => p === 'p1'), req('q-merged', 'lan')],
      heads,
    );
    expect(plan.outcomes).toEqual([
      { questionId: 'q-open', registrationId: 'minh' },
      { status: 409, code: 'forum.already_upvoted' },
      { status: 404, code: 'forum.question_not_found' },
      // its author sees a waiting question, and so does its point's moderator: not open; to others it does not exist
      { status: 409, code: 'forum.question_not_open' },
      { status: 404, code: 'forum.question_not_found' },
      { status: 409, code: 'forum.question_not_open' },
      { status: 404, code: 'forum.question_not_found' },
    ]);
    expect(plan.pairs).toEqual([{ questionId: 'q-open', registrationId: 'minh' }]);
  });

  it('refuses a pair the database already held (the insert did not add it) and counts the rest per question', () => {
    const plan = planUpvotes([req('q-open', 'minh'), req('q-open', 'lan'), req('q-open', 'hoa')], heads);
    const { outcomes, counts } = settleUpvotes(plan, [{ questionId: 'q-open', registrationId: 'lan' }, { questionId: 'q-open', registrationId: 'hoa' }]);
    expect(outcomes[0]).toEqual({ status: 409, code: 'forum.already_upvoted' });
    expect(outcomes.slice(1).every((o) => !isRefusal(o))).toBe(true);
    expect([...counts]).toEqual([['q-open', 2]]);
  });

  it('accepts each (question, participant) at most once, and the counts add up to the accepted ones', () => {
    const ids = fc.constantFrom('q-open', 'q-wait', 'q-merged', 'q-gone');
    const people = fc.constantFrom('lan', 'minh', 'hoa', 'tam');
    fc.assert(
      fc.property(fc.array(fc.tuple(ids, people), { maxLength: 40 }), fc.array(fc.tuple(people), { maxLength: 4 }), (asked, storedBefore) => {
        const plan = planUpvotes(asked.map(([q, r]) => req(q, r)), heads);
        const before = new Set<string>(storedBefore.map(([r]) => r));
        const added = plan.pairs.filter((p) => !(p.questionId === 'q-open' && before.has(p.registrationId)));
        const { outcomes, counts } = settleUpvotes(plan, added);
        const accepted = outcomes.filter((o) => !isRefusal(o)).map((o) => JSON.stringify(o));
        expect(new Set(accepted).size).toBe(accepted.length);
        expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(accepted.length);
        // only the approved question takes any
        expect(accepted.every((o) => o.includes('q-open'))).toBe(true);
        // everyone who asked for the open question and had not upvoted it before has exactly one acceptance
        const wanted = new Set(asked.filter(([q, r]) => q === 'q-open' && !before.has(r)).map(([, r]) => r));
        expect(accepted.length).toBe(wanted.size);
      }),
    );
  });
});
