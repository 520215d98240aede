// One ballot per verified person in an open consultation: a one-time code to a phone or e-mail,
// then an invitation token of that person's own. Contacts are stored only as keyed hashes of their
// canonical form (so voter+1@ and voter+2@ are one person), codes only as hashes.
import { randomInt } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { canonicalContact, type Contact } from '../../core/consultations/contact';
import { AppError } from '../../http/errors';
import { minutesLeft } from '../../core/accounts/lockout';
import { beginAttempt, type ContactKey, forgive, newSecret, sha256 } from '../accounts';
import type { Consultation } from './consultation.service';
import { invitations } from './consultation.table';
import type { CodeSender } from './verification.sender';
import { contactHashes, countDuplicate, lockVerification, type ContactHashes } from './verification.contacts';
import { verifications } from './verification.table';

const CODE_MINUTES = 10;
const MAX_CODES = 5;
const MAX_ATTEMPTS = 5;

function contactOf(c: Consultation, key: ContactKey, input: string): { contact: Contact; hashes: ContactHashes } {
  if (c.access !== 'open') throw AppError.of(403, 'verify.not_open_access');
  if (c.status !== 'open') throw AppError.of(409, 'consultation.not_open');
  const found = canonicalContact(input);
  if (!found.ok) throw AppError.of(400, found.problem === 'unrecognised' ? 'verify.bad_contact' : `verify.bad_${found.problem}`);
  return { contact: found.contact, hashes: contactHashes(key, c.id, input, found.contact) };
}

/** UTC midnight of the day: what is kept of when a person was verified and their invitation made. */
const dayOf = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

const where = (c: Consultation, hash: string) => and(eq(verifications.consultationId, c.id), eq(verifications.contactHash, hash));

export async function requestCode(db: Db, key: ContactKey, sender: CodeSender, c: Consultation, input: string, now: Date) {
  const { contact, hashes } = contactOf(c, key, input);
  const hash = hashes.keyed;
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const row = { codeHash: sha256(`${hash}:${code}`), expiresAt: new Date(now.getTime() + CODE_MINUTES * 60_000), attempts: 0 };
  const refused = await db.transaction(async (tx) => {
    const known = await lockVerification(tx, c.id, hashes);
    if (known?.verifiedAt) {
      // Refused, and counted for the facilitator, so the refusal must commit.
      await countDuplicate(tx, c.id);
      return AppError.of(409, 'verify.already_voted');
    }
    if (known && known.sentCount >= MAX_CODES) return AppError.of(429, 'verify.too_many_codes');
    // A legacy row waiting for its code is replaced by a keyed one that keeps its count of codes sent.
    if (known?.legacy) await tx.delete(verifications).where(where(c, known.contactHash));
    const sentCount = (known?.sentCount ?? 0) + 1;
    // Two requests for one new contact at once: the second meets the first's row and becomes a resend.
    await tx
      .insert(verifications)
      .values({ consultationId: c.id, contactHash: hash, ...row, sentCount })
      .onConflictDoUpdate({ target: [verifications.consultationId, verifications.contactHash], set: { ...row, sentCount: sql`${verifications.sentCount} + 1` }, setWhere: isNull(verifications.verifiedAt) });
    return null;
  });
  if (refused) throw refused;
  await sender.send(contact, code, c.title.vi);
  return { expiresInMinutes: CODE_MINUTES };
}

/** The person's own single-use voting token, once the code matches. */
export async function confirmCode(db: Db, key: ContactKey, c: Consultation, input: string, code: string, now: Date): Promise<string> {
  const { hashes } = contactOf(c, key, input);
  // Wrong codes lock the contact for a growing time, across codes and app processes (accounts/lockout).
  const lockKey = `code:${hashes.keyed}`;
  const gate = await beginAttempt(db, lockKey, now);
  if (!gate.allowed) throw AppError.of(429, 'verify.locked', { minutes: minutesLeft(gate.until, now) });
  const outcome = await db.transaction(async (tx) => {
    const known = await lockVerification(tx, c.id, hashes);
    if (!known) return AppError.of(400, 'verify.wrong_code');
    const hash = known.contactHash;
    if (known.verifiedAt) {
      await countDuplicate(tx, c.id);
      return AppError.of(409, 'verify.already_voted');
    }
    if (known.attempts >= MAX_ATTEMPTS) return AppError.of(429, 'verify.too_many_attempts');
    if (known.expiresAt < now || known.codeHash !== sha256(`${hash}:${code.trim()}`)) {
      // The failed attempt must be counted even though the request fails, so it commits.
      await tx.update(verifications).set({ attempts: known.attempts + 1 }).where(where(c, hash));
      return AppError.of(400, 'verify.wrong_code');
    }
    const token = newSecret().slice(0, 22);
    // Only the day is kept on both rows, and the code is forgotten: equal moments would link the
    // contact to its invitation, and through it to the ballot.
    const day = dayOf(now);
    await tx.update(verifications).set({ verifiedAt: day, expiresAt: day, codeHash: '' }).where(where(c, hash));
    await tx.insert(invitations).values({ consultationId: c.id, tokenHash: sha256(token), createdAt: day });
    return token;
  });
  if (outcome instanceof AppError) throw outcome;
  await forgive(db, lockKey);
  return outcome;
}
