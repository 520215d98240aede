// Upvotes handed in together and written in one transaction, decided before the write: each one is
// refused (the question is not this forum's or not visible to the voter, not open, or upvoted already
// in this batch) or becomes a (question, participant) pair to insert. Whether a pair was already stored
// is the insert's answer (on conflict do nothing), read back by `settleUpvotes`.

/** `moderates(pointId)`: whether the voter moderates that point's questions (a facilitator every point's). */
export type UpvoteRequest = { questionId: string; registrationId: string; moderates: (pointId: string) => boolean };
export type QuestionHead = { id: string; status: string; pointId: string; registrationId: string };
export type UpvoteRefusal = { status: 404 | 409; code: 'forum.question_not_found' | 'forum.question_not_open' | 'forum.already_upvoted' };
export type UpvotePair = { questionId: string; registrationId: string };
export type UpvotePlan = { outcomes: (UpvoteRefusal | UpvotePair)[]; pairs: UpvotePair[] };

const notFound: UpvoteRefusal = { status: 404, code: 'forum.question_not_found' };
const notOpen: UpvoteRefusal = { status: 409, code: 'forum.question_not_open' };
const already: UpvoteRefusal = { status: 409, code: 'forum.already_upvoted' };

export const pairKey = (p: UpvotePair) => `${p.questionId} ${p.registrationId}`;
export const isRefusal = (o: UpvoteRefusal | UpvotePair): o is UpvoteRefusal => 'code' in o;

/** Only an approved question takes upvotes; one not approved is 404 to those who may not see it (its author and its point's moderators may: 409). */
function refusal(head: QuestionHead | undefined, r: UpvoteRequest): UpvoteRefusal | null {
  if (!head) return notFound;
  if (head.status === 'approved') return null;
  const sees = head.registrationId === r.registrationId || r.moderates(head.pointId);
  return sees ? notOpen : notFound;
}

export function planUpvotes(requests: readonly UpvoteRequest[], heads: ReadonlyMap<string, QuestionHead>): UpvotePlan {
  const seen = new Set<string>();
  const pairs: UpvotePair[] = [];
  const outcomes = requests.map((r): UpvoteRefusal | UpvotePair => {
    const refused = refusal(heads.get(r.questionId), r);
    if (refused) return refused;
    const pair = { questionId: r.questionId, registrationId: r.registrationId };
    if (seen.has(pairKey(pair))) return already;
    seen.add(pairKey(pair));
    pairs.push(pair);
    return pair;
  });
  return { outcomes, pairs };
}

/** After the insert: each planned pair the database did not add was stored before (409); the others are counted per question. */
export function settleUpvotes(plan: UpvotePlan, added: readonly UpvotePair[]): { outcomes: (UpvoteRefusal | UpvotePair)[]; counts: Map<string, number> } {
  const stored = new Set(added.map(pairKey));
  const counts = new Map<string, number>();
  for (const p of added) counts.set(p.questionId, (counts.get(p.questionId) ?? 0) + 1);
  return { outcomes: plan.outcomes.map((o) => (isRefusal(o) || stored.has(pairKey(o)) ? o : already)), counts };
}
