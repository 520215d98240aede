// Exactly the fields of a space that leave the server.
import { currentPhase, phaseStatus, vietnamDate } from '../../core/phases';
import type { Role } from '../../core/accounts/roles';
import type { Phase, Space } from './space.service';

export function presentPhase(phase: Phase, today: string) {
  return { id: phase.id, key: phase.key, title: phase.title, startsOn: phase.startsOn, endsOn: phase.endsOn, status: phaseStatus(phase, today) };
}

export function presentSpaceSummary(space: Space, phases: Phase[], myRole: Role | null, now: Date) {
  const today = vietnamDate(now);
  const current = currentPhase(phases, today);
  return {
    id: space.id,
    slug: space.slug,
    kind: space.kind,
    title: space.title,
    summary: space.summary,
    locality: space.localityCode ? { code: space.localityCode, name: space.localityName ?? space.localityCode } : null,
    visibility: space.visibility,
    illustrative: space.illustrative,
    currentPhase: current ? presentPhase(current, today) : null,
    myRole,
  };
}

export function presentSpaceDetail(space: Space, phases: Phase[], myRole: Role | null, now: Date) {
  const today = vietnamDate(now);
  return {
    ...presentSpaceSummary(space, phases, myRole, now),
    description: space.description,
    phases: phases.map((p) => presentPhase(p, today)),
  };
}
