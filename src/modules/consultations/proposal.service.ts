// Participants of an open pairwise consultation propose new options; a facilitator approves or
// rejects each. Approval adds a row to consultation_options, the one list every reader uses, so the
// new option is served in pairs (having no comparisons, soon), checked on ballots, counted and exported.
// Each change locks the consultation row first, which orders it after status changes and ballot
// batches and makes the per-participant limit and the duplicate checks hold under concurrency.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import type { Localized } from '../../i18n/messages';
import { checkProposalText, findDuplicate, proposalOptionKey, PROPOSALS_PER_PARTICIPANT } from '../../core/consultations/proposal';
import { sha256 } from '../accounts';
import { recordAudit } from '../audit';
import { consultationOptions, consultations, invitations } from './consultation.table';
import { consultationProposals } from './proposal.table';

export type Proposal = typeof consultationProposals.$inferSelect;

async function lockConsultation(tx: Db, id: string) {
  const [c] = await tx.select().from(consultations).where(eq(consultations.id, id)).for('update');
  if (!c) throw AppError.of(404, 'consultation.not_found');
  return c;
}

function cleanText(raw: string): string {
  const check = checkProposalText(raw);
  if (!check.ok) throw AppError.of(400, check.code, check.params);
  return check.text;
}

const optionsOf = (tx: Db, consultationId: string) => tx.select().from(consultationOptions).where(eq(consultationOptions.consultationId, consultationId));

/** A participant's proposal, identified by their invitation token; held as pending. */
export async function submitProposal(db: Db, consultationId: string, token: string, raw: string, now: Date): Promise<Proposal> {
  return db.transaction(async (tx) => {
    const c = await lockConsultation(tx, consultationId);
    if (c.ballot.type !== 'pairwise') throw AppError.of(409, 'proposal.not_pairwise');
    if (c.status !== 'open') throw AppError.of(409, 'proposal.not_open');
    const proposerHash = sha256(token);
    const [invited] = await tx.select({ t: invitations.tokenHash }).from(invitations).where(and(eq(invitations.consultationId, c.id), eq(invitations.tokenHash, proposerHash)));
    if (!invited) throw AppError.of(403, 'ballot.token_invalid');
    const text = cleanText(raw);
    const [{ n }] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(consultationProposals)
      .where(and(eq(consultationProposals.consultationId, c.id), eq(consultationProposals.proposerHash, proposerHash)));
    if (n >= PROPOSALS_PER_PARTICIPANT) throw AppError.of(409, 'proposal.limit_reached', { max: PROPOSALS_PER_PARTICIPANT });
    const option = findDuplicate(text, await optionsOf(tx, c.id), (o) => [o.title.vi, o.title.en]);
    if (option) throw AppError.of(409, 'proposal.duplicate_option', { title: option.title.vi });
    const pending = await tx.select().from(consultationProposals).where(and(eq(consultationProposals.consultationId, c.id), eq(consultationProposals.status, 'pending')));
    const same = findDuplicate(text, pending, (p) => [p.text]);
    if (same) throw AppError.of(409, 'proposal.duplicate_pending', { title: same.text });
    const [row] = await tx.insert(consultationProposals).values({ consultationId: c.id, text, proposerHash, createdAt: now }).returning();
    return row;
  });
}

export const listProposals = (db: Db, consultationId: string) =>
  db.select().from(consultationProposals).where(eq(consultationProposals.consultationId, consultationId)).orderBy(asc(consultationProposals.createdAt), asc(consultationProposals.id));

export type Decision = { approve: true; title?: Localized } | { approve: false };

/** Approves (adding the option, its title as proposed or as edited) or rejects a pending proposal. */
export async function decideProposal(db: Db, actor: Actor, consultationId: string, proposalId: string, decision: Decision, now: Date): Promise<Proposal> {
  return db.transaction(async (tx) => {
    const c = await lockConsultation(tx, consultationId);
    if (c.status === 'published') throw AppError.of(409, 'proposal.moderation_closed');
    const where = and(eq(consultationProposals.consultationId, c.id), eq(consultationProposals.id, proposalId));
    const [p] = await tx.select().from(consultationProposals).where(where).for('update');
    if (!p) throw AppError.of(404, 'proposal.not_found');
    if (p.status !== 'pending') throw AppError.of(409, 'proposal.already_decided');
    const decided = { decidedBy: actor.label, decidedAt: now };
    const audit = { entityType: 'consultation', entityId: c.id, spaceId: c.spaceId, before: { proposal: p.id, status: p.status, text: p.text } };
    if (!decision.approve) {
      const [row] = await tx.update(consultationProposals).set({ status: 'rejected', ...decided }).where(where).returning();
      await recordAudit(tx, actor, { action: 'consultation.proposal.reject', ...audit, after: { proposal: p.id, status: 'rejected' } }, now);
      return row;
    }
    const vi = cleanText(decision.title?.vi ?? p.text);
    const en = decision.title?.en?.trim() ? cleanText(decision.title.en) : vi;
    const options = await optionsOf(tx, c.id);
    const option = findDuplicate(vi, options, (o) => [o.title.vi, o.title.en]) ?? (en !== vi ? findDuplicate(en, options, (o) => [o.title.vi, o.title.en]) : undefined);
    if (option) throw AppError.of(409, 'proposal.duplicate_option', { title: option.title.vi });
    const key = proposalOptionKey(new Set(options.map((o) => o.key)));
    const position = Math.max(-1, ...options.map((o) => o.position)) + 1;
    await tx.insert(consultationOptions).values({ consultationId: c.id, key, position, title: { vi, en } });
    const [row] = await tx.update(consultationProposals).set({ status: 'approved', title: { vi, en }, optionKey: key, ...decided }).where(where).returning();
    await recordAudit(tx, actor, { action: 'consultation.proposal.approve', ...audit, after: { proposal: p.id, status: 'approved', option: { key, title: { vi, en } } } }, now);
    return row;
  });
}
