// Paper ballots: a batch of forms is typed in twice by two different people; the differences are
// resolved by the facilitator; only then does the batch count, once, in one transaction with its ballots.
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { checkBallot } from '../../core/consultations/ballot-rules';
import { batchCounts, compareEntries, finalReadings, isPaperType, normalizeChoice, type FormReading } from '../../core/consultations/double-entry';
import type { BallotInput } from '../../core/consultations/spec';
import { isUniqueViolation } from '../../db/errors';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { message } from '../../i18n/messages';
import { recordAudit } from '../audit';
import type { BallotWriter } from './ballot.writer';
import type { Consultation, Option } from './consultation.service';
import { paperBatches, paperEntries } from './paper.table';

export type PaperForm = BallotInput | { spoilt: true };

const audit = (tx: Db, actor: Actor, c: Consultation, action: string, key: string, before: unknown, after: unknown, now: Date) =>
  recordAudit(tx, actor, { action: `paper.${action}`, entityType: 'paper_batch', entityId: `${c.id}/${key}`, spaceId: c.spaceId, before, after }, now);

/** A pairwise ballot is a sequence of screens, one pair at a time; there is no paper form to type in. */
function requirePaperType(c: Consultation) {
  if (!isPaperType(c.ballot.type)) throw AppError.of(400, 'paper.type_unsupported', { type: c.ballot.type });
}

export async function createBatch(db: Db, actor: Actor, c: Consultation, input: { key: string; forms: number; group?: string; cluster?: string }, now: Date) {
  requirePaperType(c);
  if (input.group && !c.groups.some((g) => g.key === input.group)) throw AppError.of(400, 'consultation.unknown_group', { group: input.group });
  if (input.cluster && !c.clusters.some((k) => k.key === input.cluster)) throw AppError.of(400, 'consultation.unknown_cluster', { cluster: input.cluster });
  try {
    await db.transaction(async (tx) => {
      const row = { consultationId: c.id, key: input.key, forms: input.forms, group: input.group ?? null, cluster: input.cluster ?? null, createdAt: now, updatedAt: now };
      await tx.insert(paperBatches).values(row);
      await audit(tx, actor, c, 'create', input.key, null, row, now);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw AppError.of(409, 'paper.batch_exists', { key: input.key });
    throw err;
  }
}

async function lockedBatch(tx: Db, c: Consultation, key: string) {
  const [batch] = await tx.select().from(paperBatches).where(and(eq(paperBatches.consultationId, c.id), eq(paperBatches.key, key))).for('update');
  if (!batch) throw AppError.of(404, 'paper.batch_not_found', { key });
  if (batch.status === 'committed') throw AppError.of(409, 'paper.committed', { key });
  return batch;
}

const entriesOf = (db: Db, c: Consultation, key: string) =>
  db.select().from(paperEntries).where(and(eq(paperEntries.consultationId, c.id), eq(paperEntries.batchKey, key))).orderBy(asc(paperEntries.entry));

/** Checks every form against the consultation's rules; a form that breaks them must be entered as spoilt. */
function readForms(c: Consultation, options: Option[], forms: PaperForm[]): FormReading[] {
  requirePaperType(c);
  const keys = new Set(options.map((o) => o.key));
  return forms.map((form, i) => {
    if ('spoilt' in form && form.spoilt === true) return { spoilt: true };
    const check = checkBallot(c.ballot, keys, form as BallotInput);
    if (!check.ok) {
      const problem = message(check.problem.code, check.problem.params);
      const say = (lang: 'vi' | 'en') => message('paper.form_invalid', { form: i + 1, problem: problem[lang] })[lang];
      throw new AppError(400, 'paper.form_invalid', { vi: say('vi'), en: say('en') });
    }
    // The order a clerk types ticks in means nothing on paper: one stored form, so entries compare equal.
    return { choice: normalizeChoice(check.choice) };
  });
}

export async function enterReadings(db: Db, actor: Actor, c: Consultation, options: Option[], key: string, entry: 1 | 2, forms: PaperForm[], now: Date) {
  const readings = readForms(c, options, forms);
  await db.transaction(async (tx) => {
    const batch = await lockedBatch(tx, c, key);
    if (readings.length !== batch.forms) throw AppError.of(400, 'paper.wrong_form_count', { expected: batch.forms, given: readings.length });
    const existing = await entriesOf(tx, c, key);
    const other = existing.find((e) => e.entry !== entry);
    if (other && other.enteredBy === actor.label) throw AppError.of(409, 'paper.same_person');
    const before = existing.find((e) => e.entry === entry) ?? null;
    const row = { consultationId: c.id, batchKey: key, entry, enteredBy: actor.label, readings, enteredAt: now };
    await tx.insert(paperEntries).values(row).onConflictDoUpdate({ target: [paperEntries.consultationId, paperEntries.batchKey, paperEntries.entry], set: { enteredBy: row.enteredBy, readings, enteredAt: now } });
    await tx.update(paperBatches).set({ updatedAt: now }).where(and(eq(paperBatches.consultationId, c.id), eq(paperBatches.key, key)));
    await audit(tx, actor, c, `entry${entry}`, key, before, row, now);
  });
}

export async function batchComparison(db: Db, c: Consultation, key: string) {
  const [batch] = await db.select().from(paperBatches).where(and(eq(paperBatches.consultationId, c.id), eq(paperBatches.key, key)));
  if (!batch) throw AppError.of(404, 'paper.batch_not_found', { key });
  const entries = await entriesOf(db, c, key);
  const first = entries.find((e) => e.entry === 1);
  const second = entries.find((e) => e.entry === 2);
  const comparison = first && second ? compareEntries(first.readings, second.readings) : null;
  return { batch, entries: entries.map((e) => ({ entry: e.entry, enteredBy: e.enteredBy, enteredAt: e.enteredAt })), comparison };
}

export async function resolveForm(db: Db, actor: Actor, c: Consultation, options: Option[], key: string, form: number, reading: PaperForm, now: Date) {
  const [resolved] = readForms(c, options, [reading]);
  await db.transaction(async (tx) => {
    const batch = await lockedBatch(tx, c, key);
    if (form < 1 || form > batch.forms) throw AppError.of(400, 'paper.wrong_form_count', { expected: batch.forms, given: form });
    const resolutions = { ...batch.resolutions, [String(form - 1)]: resolved };
    await tx.update(paperBatches).set({ resolutions, updatedAt: now }).where(and(eq(paperBatches.consultationId, c.id), eq(paperBatches.key, key)));
    await audit(tx, actor, c, 'resolve', key, { form, reading: batch.resolutions[String(form - 1)] ?? null }, { form, reading: resolved }, now);
  });
}

/** Counts the batch: its ballots and its status change commit together, so it counts exactly once. */
export async function commitBatch(db: Db, actor: Actor, c: Consultation, key: string, writer: BallotWriter, now: Date) {
  return db.transaction(async (tx) => {
    const batch = await lockedBatch(tx, c, key);
    const entries = await entriesOf(tx, c, key);
    const [first, second] = [1, 2].map((n) => entries.find((e) => e.entry === n));
    if (!first || !second) throw AppError.of(409, 'paper.missing_entry');
    const resolutions = new Map(Object.entries(batch.resolutions).map(([form, r]) => [Number(form), r]));
    const final = finalReadings(compareEntries(first.readings, second.readings), resolutions);
    if (!final.ok) throw AppError.of(409, 'paper.unresolved', { forms: final.unresolved.map((f) => f + 1).join(', ') });
    const counted = final.readings.flatMap((r) => ('choice' in r ? [r.choice] : []));
    const receipts = counted.length ? await writer.writePaper(tx, c.id, { group: batch.group, cluster: batch.cluster }, counted) : [];
    await tx.update(paperBatches).set({ status: 'committed', committedAt: now, updatedAt: now }).where(and(eq(paperBatches.consultationId, c.id), eq(paperBatches.key, key)));
    await audit(tx, actor, c, 'commit', key, { status: batch.status }, { status: 'committed', ballots: counted.length, spoilt: final.readings.length - counted.length }, now);
    return { ballots: counted.length, spoilt: final.readings.length - counted.length, receipts: receipts.map((r) => r.receipt) };
  });
}

/** The batches of a consultation, newest first, each with where it stands. */
export async function listBatches(db: Db, c: Consultation) {
  const batches = await db.select().from(paperBatches).where(eq(paperBatches.consultationId, c.id)).orderBy(desc(paperBatches.createdAt), asc(paperBatches.key));
  const entries = await db.select().from(paperEntries).where(eq(paperEntries.consultationId, c.id)).orderBy(asc(paperEntries.entry));
  return batches.map((batch) => {
    const own = entries.filter((e) => e.batchKey === batch.key);
    const [first, second] = [1, 2].map((n) => own.find((e) => e.entry === n)?.readings ?? null);
    const resolutions = new Map(Object.entries(batch.resolutions).map(([form, r]) => [Number(form), r]));
    const counts = batchCounts(first, second, resolutions);
    return {
      key: batch.key,
      status: batch.status,
      group: batch.group,
      cluster: batch.cluster,
      forms: batch.forms,
      entries: own.map((e) => ({ entry: e.entry, enteredBy: e.enteredBy, enteredAt: e.enteredAt, forms: e.readings.length })),
      ...counts,
      counted: batch.status === 'committed' ? (counts.ballots ?? 0) : 0,
      createdAt: batch.createdAt,
      updatedAt: batch.updatedAt,
      committedAt: batch.committedAt,
    };
  });
}
