// Opinion mapping (issue 18): Pol.is's method, pure. What the CLI and the product use.
export { analyseConversation, type StatementTally } from './analyse';
export { readPolisExport } from './polis-export';
export { REPLAY_SECONDS, replayConversation } from './replay';
export { adjustedRandIndex } from './rand-index';
export type { Conversation, Group, OpinionMap, OpinionState, Representative, Vote, VoteValue } from './types';
