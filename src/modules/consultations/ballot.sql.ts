// The two scripts of an online ballot batch (see db/two-step.ts). First: lock the consultation row,
// then — in a later statement, so with a snapshot taken after the lock — look the batch's tokens up.
// Second: insert the accepted ballots and move the head of the receipt chain.
import type { BallotRow, ChainHead, Invitee, TokenLookup } from '../../core/consultations/ballot-batch';
import { literal, type ScriptRows } from '../../db/two-step';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function uuidLiteral(id: string): string {
  if (!UUID.test(id)) throw new Error(`not a consultation id: ${id}`);
  return `${literal(id)}::uuid`;
}

export function readBatchScript(consultationId: string, tokens: readonly string[]): string {
  const id = uuidLiteral(consultationId);
  const head = `select status, ballot_count::int as count, last_receipt as last from consultations where id = ${id} for update`;
  if (!tokens.length) return head;
  const list = tokens.map(literal).join(',');
  return `${head};
select i.token_hash as token, i."group" as grp, i.cluster,
       exists (select 1 from ballots b where b.consultation_id = i.consultation_id and b.token_hash = i.token_hash) as used
  from invitations i where i.consultation_id = ${id} and i.token_hash in (${list})`;
}

/** The locked head and the token lookup, or null when there is no such consultation. */
export function readLookup(results: ScriptRows[]): { head: ChainHead; tokens: TokenLookup } | null {
  const [heads, found = []] = results;
  const head = heads[0];
  if (!head) return null;
  const invited = new Map<string, Invitee>();
  const used = new Set<string>();
  for (const row of found) {
    const token = String(row.token);
    invited.set(token, { group: (row.grp as string | null) ?? null, cluster: (row.cluster as string | null) ?? null });
    if (row.used === true || row.used === 't') used.add(token);
  }
  return { head: { status: String(head.status), count: Number(head.count), last: String(head.last) }, tokens: { invited, used } };
}

export function writeBatchScript(consultationId: string, receivedAt: Date, rows: readonly BallotRow[], head: ChainHead): string {
  const id = uuidLiteral(consultationId);
  const at = `${literal(receivedAt.toISOString())}::timestamptz`;
  const values = rows
    .map((r) => `(${id}, ${literal(r.seq)}, ${literal(r.tokenHash)}, ${literal(JSON.stringify(r.choice))}::jsonb, ${literal(r.group)}, ${literal(r.cluster)}, ${literal(r.receipt)}, ${at})`)
    .join(',\n');
  return `insert into ballots (consultation_id, seq, token_hash, choice, "group", cluster, receipt, received_at) values
${values};
update consultations set ballot_count = ${literal(head.count)}, last_receipt = ${literal(head.last)} where id = ${id}`;
}
