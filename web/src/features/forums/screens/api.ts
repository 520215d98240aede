// Questions of a forum as the screens and the moderator's page read them (types from the generated
// shared/api/openapi.ts), the live stream's event, and the addresses they call and link to.
import type { ApiResponse, Schema } from '../../../shared/api/schema';

export type Question = ApiResponse<'/api/forums/{id}/questions', 'get'>['questions'][number];
/** The data of a "questions" event: how many approved questions there are, and the top of them ranked. */
export type LiveQuestions = { approved: number; questions: Question[] };

export type ForumPoll = Schema<'ForumPoll'>;
/** The data of a "polls" event: the forum's polls that are not drafts, with results per point and overall. */
export type LivePolls = { polls: ForumPoll[] };

const enc = encodeURIComponent;
const forum = (id: string) => `/api/forums/${enc(id)}`;
const question = (id: string, questionId: string) => `${forum(id)}/questions/${enc(questionId)}`;

export const questionPaths = {
  list: (id: string, pointId: string | null, status?: Question['status']) => {
    const query = [pointId && `pointId=${enc(pointId)}`, status && `status=${status}`].filter(Boolean).join('&');
    return `${forum(id)}/questions${query ? `?${query}` : ''}`;
  },
  live: (id: string, pointId: string | null) => (pointId ? `${forum(id)}/points/${enc(pointId)}/questions/live` : `${forum(id)}/questions/live`),
  polls: (id: string) => `${forum(id)}/polls/live`,
  moderation: (id: string, questionId: string) => `${question(id, questionId)}/moderation`,
  merge: (id: string, questionId: string) => `${question(id, questionId)}/merge`,
  answer: (id: string, questionId: string) => `${question(id, questionId)}/answer`,
};

/** The staff app's pages: the hall's or a point's screen, and the moderator's page of the hall or a point. */
export const screenPages = {
  screen: (id: string, pointId: string | null = null) => `/forums/${enc(id)}${pointId ? `/points/${enc(pointId)}` : ''}/screen`,
  moderate: (id: string, pointId: string | null = null) => `/forums/${enc(id)}${pointId ? `/points/${enc(pointId)}` : ''}/moderate`,
};
