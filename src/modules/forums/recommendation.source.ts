// Where a recommendation came from: a contribution, a question or a poll of the same forum. Each kind
// is checked against its own table (a kind without a check here would be refused as unknown).
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { AppError } from '../../http/errors';
import type { Forum } from './forum.load';
import { forumContributions } from './contribution.table';
import { forumPolls } from './poll.table';
import { forumQuestions } from './question.table';
import type { RecommendationSource } from './recommendation.table';

type Exists = (db: Db, forum: Forum, id: string) => Promise<boolean>;
type ForumRows = typeof forumQuestions | typeof forumContributions | typeof forumPolls;

/** Whether `table` (a forum's rows, keyed by id) has the row `id` in this forum. */
const rowOf =
  (table: ForumRows): Exists =>
  async (db, forum, id) =>
    (await db.select({ id: table.id }).from(table as typeof forumQuestions).where(and(eq(table.id, id), eq(table.forumId, forum.id)))).length > 0;

/** Each kind's check. */
const checks: Partial<Record<RecommendationSource, Exists>> = { question: rowOf(forumQuestions), contribution: rowOf(forumContributions), poll: rowOf(forumPolls) };

/** The source must be a row of this forum, else 400. */
export async function findSource(db: Db, forum: Forum, source: { kind: RecommendationSource; id: string }): Promise<void> {
  const exists = checks[source.kind];
  if (!exists || !(await exists(db, forum, source.id))) throw AppError.of(400, 'forum.recommendation_source_not_found', { kind: source.kind });
}
