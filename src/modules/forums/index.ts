// Forums: what other modules may use — the demo creates a forum with its agenda and points; the next
// parts (questions, polls, recommendations) refer to the tables.
export { forums, forumItems, forumPoints, forumSessions } from './forum.table';
export { createForum, publishForum } from './forum.service';
export { saveItem, saveSession } from './agenda.service';
export { addPoint } from './point.service';
// Live polls: the phone page lists a participant's open polls and casts their ballot; the minutes take the polls with results.
export { castPollBallot, createPoll, findPoll, openPollsFor, stepPoll, type Poll } from './poll.service';
export { minutesPolls, pollBoard, type PollCounter } from './poll.results';
export { addContribution, minutesContributions } from './contribution.service';
// Recommendations: the demo captures, accepts and follows two into the city's plan.
export { actionFor, captureRecommendation, decideRecommendation, recommendationIntoPlan } from './recommendation.service';
// The demo's illustrative questions go through the same rules as a delegate's.
export { checkIn, register } from './registration.service';
export { answer, ask, moderate, upvote } from './question.service';
export { writeWithin as questionsWithin } from './question.writer';
export type { Forum } from './forum.load';
