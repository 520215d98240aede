// Questions at a forum, pure: the text as kept and its length limit, the order of a screen (most
// upvotes first, then the earlier question) and what merging a duplicate does to its upvotes (the
// voters of both, each counted once).

export const QUESTION_MAX_LENGTH = 500;

export type QuestionTextCheck = { ok: true; text: string } | { ok: false; code: 'forum.question_empty' | 'forum.question_too_long'; params: { max: number; given: number } };

/** NFC, trimmed, every run of whitespace one space; length in characters (code points). */
export function checkQuestionText(raw: string): QuestionTextCheck {
  const text = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const given = [...text].length;
  const params = { max: QUESTION_MAX_LENGTH, given };
  if (given === 0) return { ok: false, code: 'forum.question_empty', params };
  if (given > QUESTION_MAX_LENGTH) return { ok: false, code: 'forum.question_too_long', params };
  return { ok: true, text };
}

export type Ranked = { id: string; upvotes: number; createdAt: Date };

/** Screen order: more upvotes first, then the earlier question, then by id so that ties never flicker. */
export function rankQuestions<T extends Ranked>(questions: readonly T[], top = Infinity): T[] {
  const order = (a: T, b: T) => b.upvotes - a.upvotes || a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return [...questions].sort(order).slice(0, top);
}

/** The voters of a question after `from` is merged into `into`: each participant once. */
export function mergeVoters(into: readonly string[], from: readonly string[]): string[] {
  return [...new Set([...into, ...from])];
}
