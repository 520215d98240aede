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
// Here the rows of one page at a time (export.service.ts reads the pages and streams them): each function
// gives a page's lines, and the pages joined are the whole file.
import { csvLine } from '../../core/csv';

export type ExportStatement = { tid: number; text: string; authorPid: number | null; status: 'pending' | 'approved' | 'rejected'; isMeta: boolean; agree: number; disagree: number; createdAt: Date };
export type ExportVote = { pid: number; tid: number; value: number };
type Cell = string | number | null;

export const HOUR = 3_600_000;
export const hourOf = (d: Date) => Math.floor(d.getTime() / HOUR) * HOUR;
const vnTime = (ms: number) => `${new Date(ms + 7 * HOUR).toISOString().slice(0, 19)}+07:00`;

/** Rows as CSV lines, each ending in CRLF; no rows, no text. */
export const lines = (rows: Cell[][]) => rows.map((r) => `${csvLine(r)}\r\n`).join('');

export const COMMENTS_HEADER = ['timestamp', 'datetime', 'comment-id', 'author-id', 'agrees', 'disagrees', 'moderated', 'comment-body', 'is-meta'];
export const VOTES_HEADER = ['timestamp', 'datetime', 'comment-id', 'voter-id', 'vote'];
export const participantsHeader = (published: readonly { tid: number }[]) => ['participant', 'group-id', 'n-comments', 'n-votes', 'n-agree', 'n-disagree', ...published.map((s) => String(s.tid))];

/** pid → its number in the export: ranks of the keyed hashes. */
export function renumber(pids: readonly number[], publicId: (pid: number) => string): Map<number, number> {
  const keyed = pids.map((pid) => ({ pid, id: publicId(pid) }));
  keyed.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.pid - b.pid));
  return new Map(keyed.map(({ pid }, k) => [pid, k]));
}

/** comments.csv's rows of published statements (given in tid order). */
export function commentRows(statements: readonly ExportStatement[], ids: ReadonlyMap<number, number>): Cell[][] {
  return statements.map((s) => {
    const at = hourOf(s.createdAt);
    const author = s.authorPid === null ? null : (ids.get(s.authorPid) ?? null);
    return [at, vnTime(at), s.tid, author, s.agree, s.disagree, s.status === 'rejected' ? -1 : 1, s.status === 'rejected' ? '' : s.text, s.isMeta ? 1 : 0];
  });
}

/** votes.csv's rows of votes cast in the hour starting at `hour`, by the new ids then the statements. */
export function voteRows(votes: readonly ExportVote[], hour: number, ids: ReadonlyMap<number, number>): Cell[][] {
  return votes
    .map((v) => ({ voter: ids.get(v.pid)!, tid: v.tid, value: v.value }))
    .sort((a, b) => a.voter - b.voter || a.tid - b.tid)
    .map((v) => [hour, vnTime(hour), v.tid, v.voter, v.value]);
}

export type ParticipantsPage = {
  /** The page's participants, in the order of their new ids. */
  pids: readonly number[];
  /** Every vote of these participants. */
  votes: readonly ExportVote[];
  /** tid → its column, for the published statements. */
  column: ReadonlyMap<number, number>;
  /** pid → how many published statements they wrote. */
  authored: ReadonlyMap<number, number>;
  groupOf: ReadonlyMap<number, number>;
  ids: ReadonlyMap<number, number>;
};

/** participants-votes.csv's rows of one page of participants. */
export function participantRows(page: ParticipantsPage): Cell[][] {
  const rows = new Map(page.pids.map((pid) => [pid, { cells: Array.from({ length: page.column.size }, (): number | null => null), votes: 0, agree: 0, disagree: 0 }]));
  for (const v of page.votes) {
    const j = page.column.get(v.tid);
    const row = rows.get(v.pid);
    if (j === undefined || !row) continue;
    row.cells[j] = v.value;
    row.votes++;
    if (v.value === 1) row.agree++;
    if (v.value === -1) row.disagree++;
  }
  return page.pids.map((pid) => {
    const r = rows.get(pid)!;
    return [page.ids.get(pid)!, page.groupOf.get(pid) ?? null, page.authored.get(pid) ?? 0, r.votes, r.agree, r.disagree, ...r.cells];
  });
}

/** Consecutive runs of `items` whose `size`s add up to at most `limit` (one item alone may pass it): the pages. */
export function pagesOf<T>(items: readonly T[], size: (item: T) => number, limit: number): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let filled = 0;
  for (const item of items) {
    const n = size(item);
    if (page.length > 0 && filled + n > limit) {
      pages.push(page);
      page = [];
      filled = 0;
    }
    page.push(item);
    filled += n;
  }
  if (page.length) pages.push(page);
  return pages;
}
