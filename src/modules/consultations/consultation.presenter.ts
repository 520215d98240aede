// What leaves the server about a consultation: a line of the space's list, or the whole of it for staff.
import type { Consultation, Option } from './consultation.service';

export const presentConsultationSummary = (c: Consultation) => ({
  id: c.id,
  title: c.title,
  status: c.status,
  ballotType: c.ballot.type,
  ballots: c.ballotCount,
  illustrative: c.illustrative,
});

type Extras = { duplicateVerifications: number | undefined; permissions: { manage: boolean; enterPaper: boolean } };

export const presentConsultation = (c: Consultation, options: Option[], { duplicateVerifications, permissions }: Extras) => ({
  id: c.id,
  spaceId: c.spaceId,
  title: c.title,
  status: c.status,
  access: c.access,
  ballot: c.ballot,
  groups: c.groups,
  clusters: c.clusters,
  illustrative: c.illustrative,
  minGroupSize: c.minGroupSize,
  options: options.map((o) => ({ key: o.key, title: o.title })),
  ballots: c.ballotCount,
  duplicateVerifications,
  permissions,
});
