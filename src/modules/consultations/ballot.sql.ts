// The two scripts of an online ballot batch (see db/two-step.ts). First: lock the consultation row,
// then — in later statements, so with a snapshot taken after the lock — read its running tallies and
// look the batch's tokens up. Second: mark the invitations used, insert the accepted ballots and their
// receipts, move the count, and write the tallies the batch changed (tally.store.ts).
import type { BallotRow, ChainHead, Invitee, TokenLookup } from '../../core/consultations/ballot-batch';
import { tokensToMark } from '../../core/consultations/ballot-batch';
import { canonicalJson, publishedOrder } from '../../core/consultations/receipt';
import { TALLY_VERSION, type StoredCell } from '../../core/consultations/stored-tally';
import type { BallotType } from '../../core/consultations/spec';
import { literal, type ScriptRows } from '../../db/two-step';
import { cellsFrom, keepStatements, readCellsStatement } from './tally.store';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function uuidLiteral(id: string): string {
  if (!UUID.test(id)) throw new Error(`not a consultation id: ${id}`);
  return `${literal(id)}::uuid`;
}

export function readBatchScript(consultationId: string, tokens: readonly string[]): string {
  const id = uuidLiteral(consultationId);
  const head = `select status, ballot_count::int as count, ballot->>'type' as type, tally_version as version from consultations where id = ${id} for update`;
  const read = `${head};\n${readCellsStatement(id)}`;
  if (!tokens.length) return read;
  const list = tokens.map(literal).join(',');
  return `${read};
select token_hash as token, "group" as grp, cluster, used from invitations where consultation_id = ${id} and token_hash in (${list})`;
}

/** What the batch keeps its running tallies in: the cells as read under the lock, or null when they are not kept (a recount will come). */
export type Kept = { type: BallotType; cells: Map<string, StoredCell> } | null;

/** The locked head, its running tallies and the token lookup, or null when there is no such consultation. */
export function readLookup(results: ScriptRows[]): { head: ChainHead; kept: Kept; tokens: TokenLookup } | null {
  const [heads, cells, found = []] = results;
  const head = heads[0];
  if (!head) return null;
  const invited = new Map<string, Invitee>();
  const used = new Set<string>();
  for (const row of found) {
    const token = String(row.token);
    invited.set(token, { group: (row.grp as string | null) ?? null, cluster: (row.cluster as string | null) ?? null });
    if (row.used === true || row.used === 't') used.add(token);
  }
  const kept = Number(head.version) === TALLY_VERSION ? { type: head.type as BallotType, cells: cellsFrom(cells) } : null;
  return { head: { status: String(head.status), count: Number(head.count) }, kept, tokens: { invited, used } };
}

/**
 * The invitations are marked used by a conditional update that must flip every one of them; if any was
 * already used (a writer that skipped the row lock), the cast of the count to int fails and the whole
 * transaction rolls back — one ballot per token stays a database fact without the ballot naming its token.
 */
export function markUsedStatement(id: string, tokens: readonly string[]): string {
  return `with marked as (update invitations set used = true where consultation_id = ${id} and token_hash in (${tokens.map(literal).join(',')}) and not used returning 1)
select case when count(*) <> ${tokens.length} then ('ballot.token_used: ' || count(*) || ' of ${tokens.length} invitations were unused')::int end from marked`;
}

/** Wakes the live hubs of every app process at commit (LISTEN ballots; delivered only if the transaction commits). */
const notifyBallots = (consultationId: string) => `select pg_notify('ballots', ${literal(consultationId)})`;

export function writeBatchScript(consultationId: string, rows: readonly BallotRow[], head: ChainHead, kept: Kept): string {
  const id = uuidLiteral(consultationId);
  // Rows go in sorted, ballots by content and receipts by value, so that within a batch neither the
  // order of arrival nor the pairing of a ballot with its receipt is written down.
  const sorted = publishedOrder({ ballots: [...rows], receipts: rows.map((r) => r.receipt) });
  const ballots = sorted.ballots.map((r) => `(${id}, ${literal(canonicalJson(r.choice))}::jsonb, ${literal(r.group)}, ${literal(r.cluster)})`).join(',\n');
  const receipts = sorted.receipts.map((r) => `(${id}, ${literal(r)})`).join(',\n');
  const tokens = tokensToMark(rows);
  return [
    ...(tokens.length ? [markUsedStatement(id, tokens)] : []),
    `insert into ballots (consultation_id, choice, "group", cluster) values\n${ballots}`,
    `insert into ballot_receipts (consultation_id, receipt) values\n${receipts}`,
    `update consultations set ballot_count = ${literal(head.count)} where id = ${id}`,
    ...(kept ? keepStatements(id, kept.cells, kept.type, rows) : []),
    notifyBallots(consultationId),
  ].join(';\n');
}
