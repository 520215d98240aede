// One computation per change (issue 13): a consultation's results are cached by what they are counted
// from — its ballot count (the ballot sequence, read with the consultation row), status and option
// keys in order — and by how they are asked for (method, breakdown, seats, stability resamples). The
// key comes from the database, so every process makes the same key for the same ballots; each process
// keeps its own copy. The results API, /r/{id}, the live stream and the exports all read through here.
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Db } from '../../db/connection';
import { findConsultation, type Consultation, type Option } from './consultation.service';
import { loadPublishedList, type PublishedList } from './exports/ballot-list';
import { Memo } from './memo';
import { consultationResults, type StabilitySource } from './results.service';

export type ResultsQuery = Parameters<typeof consultationResults>[3];
export type Results = Awaited<ReturnType<typeof consultationResults>>;
/** A published answer ready to send: its bytes (encoded once) and the strong ETag made from them. */
export type Answer = { etag: string; body: Buffer };
type Found = Awaited<ReturnType<typeof findConsultation>>;

/** What a consultation's figures are counted from, as read with its row: equal keys, equal ballots. */
const changeKey = (c: Consultation, options: readonly Option[]) => [c.id, c.ballotCount, c.status, options.map((o) => o.key)];

/** The cache key of one results request. */
export const resultsKey = (c: Consultation, options: readonly Option[], q: ResultsQuery): string =>
  JSON.stringify([...changeKey(c, options), q.method ?? null, q.by ?? null, q.seats ?? null, q.stability ?? null]);

/**
 * A stability figure not yet current (pending, outdated, failed) changes without a ballot arriving, so
 * an answer carrying one is shared by the requests waiting on it but not kept; a current one is fixed by
 * the ballot count in the key (its draws are seeded by it), so it is kept like the tally.
 */
export const isSettled = (r: Results): boolean => r.stabilityStatus === undefined || r.stabilityStatus === 'current';

export const hashOf = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('base64url').slice(0, 27);

export class ResultsCache {
  private readonly results: Memo<Results>;
  // A list holds every ballot: few are kept.
  private readonly lists: Memo<PublishedList>;
  private readonly answers: Memo<Answer>;
  private readonly published: LRUCache<string, Found>;
  /** Results computed (cache misses) since start, for tests and diagnostics. */
  computations = 0;

  constructor(
    private readonly db: Db,
    limits = { results: 1000, lists: 8, answers: 1000, published: 1000 },
  ) {
    this.published = new LRUCache({ max: limits.published });
    this.results = new Memo(limits.results);
    this.lists = new Memo(limits.lists);
    this.answers = new Memo(limits.answers);
  }

  /**
   * findConsultation, except that a published consultation is read once. Publication is final — no
   * ballot, no new option, no other status after it, and no way to delete a consultation — so a kept
   * copy is never stale, in this process or any other. Measured: with the counts cached, reading the
   * row and options was what a request for a published result still cost (145 /r a second on PGlite).
   */
  async find(id: string): Promise<Found> {
    const kept = this.published.get(id.toLowerCase());
    if (kept) return kept;
    const found = await findConsultation(this.db, id);
    if (found.consultation.status === 'published') this.published.set(found.consultation.id, found);
    return found;
  }

  /** consultationResults, computed once per key. The answer is shared: callers must not change it. */
  get(c: Consultation, options: Option[], query: ResultsQuery, source?: StabilitySource): Promise<Results> {
    const key = resultsKey(c, options, query);
    // Staff waiting for a current stability figure do not join an anonymous request that will not wait.
    const flight = query.stability && source?.wait ? `${key}|wait` : key;
    const count = () => {
      this.computations++;
      return consultationResults(this.db, c, options, query, source);
    };
    return this.results.get(key, count, isSettled, flight);
  }

  /** The published ballots list (with its digest), read once per change. */
  list(c: Consultation, options: Option[]): Promise<PublishedList> {
    return this.lists.get(JSON.stringify(changeKey(c, options)), () => loadPublishedList(this.db, c));
  }

  /** A rendering of a published consultation's results, made once per key and `view` (page language, API). */
  answer(key: string, view: string, render: () => Promise<string>): Promise<Answer> {
    return this.answers.get(`${view}|${key}`, async () => {
      const body = Buffer.from(await render());
      return { etag: `"${hashOf(body)}"`, body };
    });
  }
}
