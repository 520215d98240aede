// A conversation as open data in Pol.is's export layout, so others can check our maps with their tools
// (core/opinion/polis-export.ts reads it back): comments.csv (timestamp, datetime, comment-id, author-id,
// agrees, disagrees, moderated, comment-body, is-meta), votes.csv (timestamp, datetime, comment-id, voter-id,
// vote) and participants-votes.csv (participant, group-id, n-comments, n-votes, n-agree, n-disagree, then one
// column per statement).
// What is changed from the stored data, so the export does not reveal who came when:
// - participant ids are renumbered 0, 1, 2… in a keyed random order (HMAC of the conversation and the pid under
//   the server's secret key), not in order of arrival; the same participant keeps the same number in all three
//   files and in every later export;
// - times are coarsened to the hour (UTC+7 in `datetime`); rows are sorted by that hour, then by the new ids.
// Statements still awaiting moderation are left out; a rejected statement is listed with moderated −1 and its
// text withheld (its votes stay, as Pol.is's exports keep them, and are zeroed by anyone's analysis).
// Text cells pass through the house CSV writer, so none can become a formula; no byte-order mark (Pol.is's
// files have none).
import { csvLine } from '../../core/csv';
import type { MapResult } from './map.result';

export type ExportStatement = { tid: number; text: string; authorPid: number | null; status: 'pending' | 'approved' | 'rejected'; isMeta: boolean; agree: number; disagree: number; createdAt: Date };
export type ExportVote = { pid: number; tid: number; value: number; votedAt: Date };
export type ExportInput = { statements: ExportStatement[]; votes: ExportVote[]; pids: number[]; map: MapResult | null; publicId: (pid: number) => string };

const HOUR = 3_600_000;
const hour = (d: Date) => Math.floor(d.getTime() / HOUR) * HOUR;
const vnTime = (ms: number) => `${new Date(ms + 7 * HOUR).toISOString().slice(0, 19)}+07:00`;
const lines = (rows: (string | number | null)[][]) => `${rows.map((r) => csvLine(r)).join('\r\n')}\r\n`;

/** pid → its number in the export: ranks of the keyed hashes. */
export function renumber(pids: readonly number[], publicId: (pid: number) => string): Map<number, number> {
  const order = [...pids].sort((a, b) => (publicId(a) < publicId(b) ? -1 : publicId(a) > publicId(b) ? 1 : a - b));
  return new Map(order.map((pid, k) => [pid, k]));
}

const published = (statements: ExportStatement[]) => statements.filter((s) => s.status !== 'pending').sort((a, b) => a.tid - b.tid);

export function commentsCsv(input: ExportInput): string {
  const ids = renumber(input.pids, input.publicId);
  const rows = published(input.statements).map((s) => {
    const at = hour(s.createdAt);
    const author = s.authorPid === null ? null : (ids.get(s.authorPid) ?? null);
    return [at, vnTime(at), s.tid, author, s.agree, s.disagree, s.status === 'rejected' ? -1 : 1, s.status === 'rejected' ? '' : s.text, s.isMeta ? 1 : 0];
  });
  return lines([['timestamp', 'datetime', 'comment-id', 'author-id', 'agrees', 'disagrees', 'moderated', 'comment-body', 'is-meta'], ...rows]);
}

export function votesCsv(input: ExportInput): string {
  const ids = renumber(input.pids, input.publicId);
  const rows = input.votes
    .map((v) => ({ at: hour(v.votedAt), voter: ids.get(v.pid)!, tid: v.tid, value: v.value }))
    .sort((a, b) => a.at - b.at || a.voter - b.voter || a.tid - b.tid)
    .map((v) => [v.at, vnTime(v.at), v.tid, v.voter, v.value]);
  return lines([['timestamp', 'datetime', 'comment-id', 'voter-id', 'vote'], ...rows]);
}

export function participantsVotesCsv(input: ExportInput): string {
  const ids = renumber(input.pids, input.publicId);
  const statements = published(input.statements);
  const column = new Map(statements.map((s, j) => [s.tid, j]));
  const groupOf = new Map<number, number>();
  for (const g of input.map?.groups ?? []) for (const pid of g.members) groupOf.set(pid, g.id);
  const rows = new Map<number, { cells: (number | null)[]; comments: number; votes: number; agree: number; disagree: number }>();
  const rowOf = (pid: number) => rows.get(pid) ?? rows.set(pid, { cells: statements.map(() => null), comments: 0, votes: 0, agree: 0, disagree: 0 }).get(pid)!;
  for (const pid of input.pids) rowOf(pid);
  for (const s of statements) if (s.authorPid !== null && rows.has(s.authorPid)) rowOf(s.authorPid).comments++;
  for (const v of input.votes) {
    const j = column.get(v.tid);
    if (j === undefined) continue;
    const row = rowOf(v.pid);
    row.cells[j] = v.value;
    row.votes++;
    if (v.value === 1) row.agree++;
    if (v.value === -1) row.disagree++;
  }
  const body = [...rows.entries()]
    .map(([pid, r]) => ({ id: ids.get(pid)!, pid, r }))
    .sort((a, b) => a.id - b.id)
    .map(({ id, pid, r }) => [id, groupOf.get(pid) ?? null, r.comments, r.votes, r.agree, r.disagree, ...r.cells]);
  return lines([['participant', 'group-id', 'n-comments', 'n-votes', 'n-agree', 'n-disagree', ...statements.map((s) => String(s.tid))], ...body]);
}
