// Which stored verification a contact is: its keyed row, or, for people verified before contacts were
// canonical and keyed, a legacy row found by the old SHA-256 of the forms the contact could have been
// stored in. Legacy rows cannot be re-keyed (that needs the contact), so they are matched this way for
// as long as their consultation takes verifications.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Contact } from '../../core/consultations/contact';
import type { Db } from '../../db/connection';
import { type ContactKey, sha256 } from '../accounts';
import { verificationRefusals, verifications } from './verification.table';

export type ContactHashes = { keyed: string; legacy: string[] };
export type Verification = typeof verifications.$inferSelect;

export function contactHashes(key: ContactKey, consultationId: string, input: string, contact: Contact): ContactHashes {
  // The old forms: a phone as 0 and nine digits, an e-mail lower-cased as typed (or already canonical).
  const forms = contact.kind === 'phone' ? [`0${contact.value.slice(3)}`] : [input.trim().toLowerCase(), contact.value];
  return { keyed: key.hash(consultationId, contact.value), legacy: [...new Set(forms)].map((f) => sha256(`${consultationId}:${f}`)) };
}

/** The contact's row, locked for this transaction, or undefined for someone new. */
export async function lockVerification(tx: Db, consultationId: string, h: ContactHashes): Promise<Verification | undefined> {
  const ofConsultation = eq(verifications.consultationId, consultationId);
  const [keyed] = await tx.select().from(verifications).where(and(ofConsultation, eq(verifications.contactHash, h.keyed))).for('update');
  if (keyed) return keyed;
  const legacy = await tx.select().from(verifications).where(and(ofConsultation, eq(verifications.legacy, true), inArray(verifications.contactHash, h.legacy))).for('update');
  return legacy.find((r) => r.verifiedAt) ?? legacy[0];
}

export async function countDuplicate(tx: Db, consultationId: string): Promise<void> {
  await tx
    .insert(verificationRefusals)
    .values({ consultationId, duplicates: 1 })
    .onConflictDoUpdate({ target: verificationRefusals.consultationId, set: { duplicates: sql`${verificationRefusals.duplicates} + 1` } });
}

export async function duplicateVerifications(db: Db, consultationId: string): Promise<number> {
  const [row] = await db.select({ n: verificationRefusals.duplicates }).from(verificationRefusals).where(eq(verificationRefusals.consultationId, consultationId));
  return row?.n ?? 0;
}
