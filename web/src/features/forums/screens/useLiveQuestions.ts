// A forum's question stream (event "questions"): the hall's, or one point's.
import { questionPaths, type LiveQuestions } from './api';
import { useLiveStream } from './useLiveStream';

export type { Connection } from './useLiveStream';

export function useLiveQuestions(forumId: string, pointId: string | null) {
  const { connection, data, changes } = useLiveStream<LiveQuestions>(questionPaths.live(forumId, pointId), 'questions');
  return { connection, live: data, changes };
}
