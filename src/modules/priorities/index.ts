// Priority exercises: what other modules may use — the demo creates an exercise, its criteria and
// the officials' AHP answers.
export type { Criterion } from './priority.types';
export { createExercise, replaceCriteria } from './priority.service';
export { answerJudgments } from './judgments.service';
