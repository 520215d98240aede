// When a conversation has enough votes for a map (our rule, after Pol.is's in-conversation threshold):
// at least two participants who have each voted on min(7, statements) of the statements the map reads
// (approved, not meta). Below it the pages say how many more votes — and from how many more people —
// are needed, rather than showing nothing (Pol.is withholds the map without saying why, #803).
export const MAP_MIN_PARTICIPANTS = 2;
const VOTES_FOR_A_PLACE = 7;

export type Readiness = { ready: boolean; votesNeeded: number; participantsNeeded: number; votesEach: number };

/** `voteCounts`: per participant who has voted, how many of the map's statements they voted on. */
export function mapReadiness(voteCounts: readonly number[], statements: number): Readiness {
  const votesEach = Math.max(1, Math.min(VOTES_FOR_A_PLACE, statements));
  const top = [...voteCounts].sort((a, b) => b - a).slice(0, MAP_MIN_PARTICIPANTS);
  while (top.length < MAP_MIN_PARTICIPANTS) top.push(0);
  const votesNeeded = top.reduce((sum, c) => sum + Math.max(0, votesEach - c), 0);
  const participantsNeeded = Math.max(0, MAP_MIN_PARTICIPANTS - voteCounts.filter((c) => c > 0).length);
  return { ready: votesNeeded === 0 && statements > 0, votesNeeded, participantsNeeded, votesEach };
}
