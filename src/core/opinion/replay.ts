// A conversation's map as it came about: its votes taken in time order and the map updated as the server
// updates it — once votes arrive, then not again until `seconds` later — each update starting from the
// last one's state (analyse.ts). Pol.is computes its groups the same way, so its published groups are
// reproduced by replaying its export, not by one update from the final votes: which of several stable
// clusterings k-means settles in depends on where each update started.
import { analyseConversation } from './analyse';
import { updateMap } from './update';
import type { Conversation, OpinionState, Vote } from './types';

export const REPLAY_SECONDS = 5;

export function replayConversation(conversation: Conversation, seconds = REPLAY_SECONDS) {
  const votes = inTimeOrder(conversation.votes);
  let state: OpinionState | undefined;
  let updates = 0;
  for (let from = 0; ; ) {
    let to = from + 1;
    while (to < votes.length && votes[to].at - votes[from].at <= seconds * 1000) to++;
    const sofar = { votes: votes.slice(0, to), zeroed: conversation.zeroed };
    updates++;
    // every update but the last needs only the map and its state; the last says what the groups think
    if (to >= votes.length) return { ...analyseConversation(sofar, state), updates };
    state = updateMap(sofar, state).state;
    from = to;
  }
}

/** Votes by time (milliseconds), those at the same time in the order given. */
function inTimeOrder(votes: Conversation['votes']): Vote[] {
  const list: Vote[] = Array.isArray(votes)
    ? [...votes]
    : Array.from(votes.voter, (v, k) => ({ voter: votes.voters[v], statement: votes.statements[votes.statement[k]], value: votes.value[k] as Vote['value'], at: votes.at[k] }));
  return list.map((v, k) => ({ v, k })).sort((a, b) => a.v.at - b.v.at || a.k - b.k).map((x) => x.v);
}
