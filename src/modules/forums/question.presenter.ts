// Exactly what leaves the server about a question: an anonymous one carries no name (none is stored).
import type { Registration } from './forum.load';
import type { Question } from './question.service';

export function presentQuestion(q: Question, me: Registration | null) {
  return {
    id: q.id,
    itemId: q.itemId,
    pointId: q.pointId,
    text: q.text,
    anonymous: q.anonymous,
    author: q.anonymous ? null : q.authorName,
    status: q.status,
    mergedInto: q.mergedInto,
    upvotes: q.upvotes,
    answer: q.answer === null || !q.answeredAt ? null : { text: q.answer, by: q.answeredBy, at: q.answeredAt.toISOString() },
    createdAt: q.createdAt.toISOString(),
    mine: me !== null && q.registrationId === me.id,
  };
}
