// Exactly what leaves the server about a recommendation; its follow-up is the plan action's, read now.
import type { FollowUp } from '../plans';
import type { Recommendation } from './recommendation.service';

export function presentRecommendation(r: Recommendation, followUps: ReadonlyMap<string, FollowUp>) {
  return {
    id: r.id,
    text: r.text,
    source: r.sourceKind && r.sourceId ? { kind: r.sourceKind, id: r.sourceId } : null,
    pointId: r.pointId,
    owner: r.owner,
    ownerOrganisationId: r.ownerOrganisationId,
    reviewOn: r.reviewOn,
    status: r.status,
    decisionNote: r.decisionNote,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    followUp: (r.actionId && followUps.get(r.actionId)) || null,
  };
}
