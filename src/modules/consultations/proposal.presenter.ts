// Exactly the fields of a proposal that leave the server: never who proposed it (a token hash).
import type { Proposal } from './proposal.service';

export const presentProposalToParticipant = (p: Proposal) => ({ id: p.id, status: p.status, text: p.text });

export const presentProposal = (p: Proposal) => ({
  ...presentProposalToParticipant(p),
  title: p.title ?? null,
  optionKey: p.optionKey ?? null,
  decidedBy: p.decidedBy ?? null,
  createdAt: p.createdAt.toISOString(),
  decidedAt: p.decidedAt?.toISOString() ?? null,
});
