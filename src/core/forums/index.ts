// Dialogue forums' pure rules: the waiting list, which provinces a connection point may name, the
// attendance roll-up and registration codes.
export { placeFor, promotions, waitingRank, type Capacity, type Seat, type SeatStatus } from './waiting-list';
export { pointLocality, type PointProvince } from './points';
export { rollUp, type Attendance, type PointAttendance } from './attendance';
export { CODE_LENGTH, formatCode, normaliseCode } from './codes';
export { checkQuestionText, mergeVoters, QUESTION_MAX_LENGTH, rankQuestions, type QuestionTextCheck, type Ranked } from './questions';
export { planUpvotes, settleUpvotes, isRefusal as isUpvoteRefusal, type QuestionHead, type UpvotePair, type UpvotePlan, type UpvoteRefusal, type UpvoteRequest } from './upvote-batch';
