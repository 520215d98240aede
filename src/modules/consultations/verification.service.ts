// One ballot per verified person in an open consultation: a one-time code to a phone or e-mail,
// then an invitation token of that person's own. Contacts and codes are stored only as hashes.
import { randomInt } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { normalizeContact, type Contact } from '../../core/consultations/contact';
import { AppError } from '../../http/errors';
import { newSecret, sha256 } from '../accounts/secrets';
import type { Consultation } from './consultation.service';
import { invitations } from './consultation.table';
import type { CodeSender } from './verification.sender';
import { verifications } from './verification.table';

const CODE_MINUTES = 10;
const MAX_CODES = 5;
const MAX_ATTEMPTS = 5;

function contactOf(c: Consultation, input: string): { contact: Contact; hash: string } {
  if (c.access !== 'open') throw AppError.of(403, 'verify.not_open_access');
  if (c.status !== 'open') throw AppError.of(409, 'consultation.not_open');
  const contact = normalizeContact(input);
  if (!contact) throw AppError.of(400, 'verify.bad_contact');
  return { contact, hash: sha256(`${c.id}:${contact.value}`) };
}

const where = (c: Consultation, hash: string) => and(eq(verifications.consultationId, c.id), eq(verifications.contactHash, hash));

export async function requestCode(db: Db, sender: CodeSender, c: Consultation, input: string, now: Date) {
  const { contact, hash } = contactOf(c, input);
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const row = { codeHash: sha256(`${hash}:${code}`), expiresAt: new Date(now.getTime() + CODE_MINUTES * 60_000), attempts: 0 };
  await db.transaction(async (tx) => {
    const [known] = await tx.select().from(verifications).where(where(c, hash)).for('update');
    if (known?.verifiedAt) throw AppError.of(409, 'verify.already_voted');
    if (known && known.sentCount >= MAX_CODES) throw AppError.of(429, 'verify.too_many_codes');
    if (known) await tx.update(verifications).set({ ...row, sentCount: known.sentCount + 1 }).where(where(c, hash));
    else await tx.insert(verifications).values({ consultationId: c.id, contactHash: hash, ...row });
  });
  await sender.send(contact, code, c.title.vi);
  return { expiresInMinutes: CODE_MINUTES };
}

/** The person's own single-use voting token, once the code matches. */
export async function confirmCode(db: Db, c: Consultation, input: string, code: string, now: Date): Promise<string> {
  const { hash } = contactOf(c, input);
  const outcome = await db.transaction(async (tx) => {
    const [known] = await tx.select().from(verifications).where(where(c, hash)).for('update');
    if (!known) return AppError.of(400, 'verify.wrong_code');
    if (known.verifiedAt) return AppError.of(409, 'verify.already_voted');
    if (known.attempts >= MAX_ATTEMPTS) return AppError.of(429, 'verify.too_many_attempts');
    if (known.expiresAt < now || known.codeHash !== sha256(`${hash}:${code.trim()}`)) {
      // The failed attempt must be counted even though the request fails, so it commits.
      await tx.update(verifications).set({ attempts: known.attempts + 1 }).where(where(c, hash));
      return AppError.of(400, 'verify.wrong_code');
    }
    const token = newSecret().slice(0, 22);
    await tx.update(verifications).set({ verifiedAt: now }).where(where(c, hash));
    await tx.insert(invitations).values({ consultationId: c.id, tokenHash: sha256(token), createdAt: now });
    return token;
  });
  if (outcome instanceof AppError) throw outcome;
  return outcome;
}
