// Opinion mapping: what other modules (and this module's pages and report) may use.
export { opinionConversations, opinionMaps, opinionParticipants, opinionStatements, opinionVotes, type OpinionText } from './opinion.table';
export { createConversation, findConversation, isConversationId, findConversationBySlug, listConversations, setConversationStatus, type Conversation, type ConversationInput } from './conversation.service';
export { createParticipants, hashToken, newToken, participantOf, pidOf, tokenOf, type NewParticipant, type ParticipantRef, type Voter } from './participant.service';
export { findStatement, listStatements, moderateStatement, submitStatement, type ModerationDecision, type Statement, type StatementStatus } from './statement.service';
export { castVote, nextStatement, type NextStatement } from './vote.service';
export { nextOnPage, pageStateOf, type PageState } from './page.state';
export { latestMap, mapReadinessOf, type LatestMap } from './map.service';
export { addParticipation, participation, type ParticipationDay } from './participation.store';
export { opinionParticipationDays } from './participation.table';
export type { MapConsensus, MapGroup, MapPoint, MapRepresentative, MapResult } from './map.result';
export { accessIn as opinionAccessIn, opinionPolicy, type OpinionAccess } from './opinion.policy';
export { presentStatement } from './opinion.presenter';
// The demo computes its conversation's map at load time, in-process (no background then).
export { computeMapNow } from './map.store';
