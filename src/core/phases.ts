// Where a process stands: a phase is upcoming, active or done by its dates, read on the Vietnamese
// calendar (UTC+7, no daylight saving) so that a phase ending "30/06" ends at midnight in Hà Nội.
export type PhaseStatus = 'upcoming' | 'active' | 'done';
export type DatedPhase = { startsOn: string | null; endsOn: string | null };

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The calendar date (YYYY-MM-DD) in Vietnam at the instant `now`. */
export function vietnamDate(now: Date): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

export function phaseStatus(phase: DatedPhase, today: string): PhaseStatus {
  if (phase.startsOn && today < phase.startsOn) return 'upcoming';
  if (phase.endsOn && today > phase.endsOn) return 'done';
  // An undated phase has not started: nobody has said it has.
  if (!phase.startsOn && !phase.endsOn) return 'upcoming';
  return 'active';
}

/** The first active phase in order, else the next upcoming one, else the last one. */
export function currentPhase<P extends DatedPhase>(phases: readonly P[], today: string): P | null {
  return (
    phases.find((p) => phaseStatus(p, today) === 'active') ??
    phases.find((p) => phaseStatus(p, today) === 'upcoming') ??
    phases.at(-1) ??
    null
  );
}
