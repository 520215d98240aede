// Running tallies in the database (tally.table.ts): read and written inside the transaction that
// stores ballots — the online writer's two scripts (ballot.sql.ts) and paper batches, the demo and
// the recount through drizzle, all with the statements built here — and read by the results.
// A consultation whose tallies are not kept under this version (tally_version) is recounted from its
// ballots once, under its row lock: in the background when the server starts, or by the first results
// request for it if that comes sooner.
import { eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { queryRows } from '../../db/rows';
import { literal, type ScriptRows } from '../../db/two-step';
import { addBatch, countedCells, TALLY_VERSION, type PackedRankings, type StoredCell, type StoredRow } from '../../core/consultations/stored-tally';
import type { BallotType } from '../../core/consultations/spec';
import { partsFor } from '../../core/tally/cells';
import type { MethodName } from '../../core/tally/types';
import { ballots, consultations } from './consultation.table';
import { ballotRankings, ballotTallies } from './tally.table';

const ROWS_PER_STATEMENT = 1000;

/** The statement reading a consultation's cells; `id` is already a uuid literal. */
export const readCellsStatement = (id: string) =>
  `select cell, "group" as grp, cluster, ballots::text as ballots, tally::text as tally from ballot_tallies where consultation_id = ${id}`;

export function cellsFrom(rows: ScriptRows): Map<string, StoredCell> {
  return new Map(
    rows.map((r) => [
      String(r.cell),
      { group: (r.grp as string | null) ?? null, cluster: (r.cluster as string | null) ?? null, ballots: Number(r.ballots), tally: JSON.parse(String(r.tally)) },
    ]),
  );
}

/** Adds the stored rows to the cells and answers the statements that write what changed; `id` is a uuid literal. */
export function keepStatements(id: string, cells: Map<string, StoredCell>, type: BallotType, rows: readonly StoredRow[]): string[] {
  const { changed, rankings } = addBatch(cells, rows, type);
  const statements: string[] = [];
  for (const chunk of chunks(changed)) {
    const values = chunk.map((key) => {
      const c = cells.get(key)!;
      return `(${id}, ${literal(key)}, ${literal(c.group)}, ${literal(c.cluster)}, ${literal(c.ballots)}, ${literal(JSON.stringify(c.tally))}::jsonb)`;
    });
    statements.push(`insert into ballot_tallies (consultation_id, cell, "group", cluster, ballots, tally) values ${values.join(',\n')}
on conflict (consultation_id, cell) do update set ballots = excluded.ballots, tally = excluded.tally`);
  }
  for (const chunk of chunks(rankings)) {
    const values = chunk.map((r) => `(${id}, ${literal(r.cell)}, ${literal(r.ranking)}, ${literal(r.weight)})`);
    statements.push(`insert into ballot_rankings (consultation_id, cell, ranking, weight) values ${values.join(',\n')}
on conflict (consultation_id, cell, ranking) do update set weight = ballot_rankings.weight + excluded.weight`);
  }
  return statements;
}

function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += ROWS_PER_STATEMENT) out.push(list.slice(i, i + ROWS_PER_STATEMENT));
  return out;
}

const idLiteral = (consultationId: string) => `${literal(consultationId)}::uuid`;

/** Inside a transaction that holds the consultation's row lock: adds stored ballots to its tallies (when they are kept). */
export async function keepTallies(tx: Db, consultationId: string, head: { type: BallotType; tallyVersion: number }, rows: readonly StoredRow[]) {
  if (head.tallyVersion !== TALLY_VERSION || !rows.length) return;
  const id = idLiteral(consultationId);
  const cells = cellsFrom(await queryRows<Record<string, unknown>>(tx, sql.raw(readCellsStatement(id))));
  for (const statement of keepStatements(id, cells, head.type, rows)) await tx.execute(sql.raw(statement));
}

/** Recounts a consultation's tallies from its ballots, unless another process just did. */
export async function recountTallies(db: Db, consultationId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [head] = await tx
      .select({ type: sql<BallotType>`${consultations.ballot}->>'type'`, tallyVersion: consultations.tallyVersion })
      .from(consultations)
      .where(eq(consultations.id, consultationId))
      .for('update');
    if (!head || head.tallyVersion === TALLY_VERSION) return;
    const id = idLiteral(consultationId);
    await tx.delete(ballotTallies).where(eq(ballotTallies.consultationId, consultationId));
    await tx.delete(ballotRankings).where(eq(ballotRankings.consultationId, consultationId));
    const stored = await tx.select({ choice: ballots.choice, group: ballots.group, cluster: ballots.cluster }).from(ballots).where(eq(ballots.consultationId, consultationId));
    for (const statement of keepStatements(id, new Map(), head.type, stored)) await tx.execute(sql.raw(statement));
    await tx.update(consultations).set({ tallyVersion: TALLY_VERSION }).where(eq(consultations.id, consultationId));
  });
}

/**
 * After an upgrade: recounts, one at a time, every consultation whose tallies are not kept under this
 * version, until done or `stopped()`; answers how many. A results request that comes first recounts its
 * own consultation (the row lock makes the two take turns, and the second finds it done).
 */
export async function recountStale(db: Db, stopped: () => boolean): Promise<number> {
  const stale = await db.select({ id: consultations.id }).from(consultations).where(ne(consultations.tallyVersion, TALLY_VERSION));
  let done = 0;
  for (const { id } of stale) {
    if (stopped()) break;
    await recountTallies(db, id);
    done++;
  }
  return done;
}

export type CountedCells = ReturnType<typeof countedCells>;

/** The consultation's cells as `method` counts them over `candidates`, recounting first when they are not kept. */
export async function storedTallies(db: Db, consultationId: string, candidates: readonly string[], method: MethodName): Promise<CountedCells> {
  const id = idLiteral(consultationId);
  const read = async (tx: Db) => {
    const [{ version }] = await queryRows<{ version: number }>(tx, sql.raw(`select tally_version as version from consultations where id = ${id}`));
    if (version !== TALLY_VERSION) return null;
    const cells = cellsFrom(await queryRows(tx, sql.raw(readCellsStatement(id))));
    const rankings = partsFor([method]).includes('rankings')
      ? await queryRows<PackedRankings>(tx, sql.raw(`select cell, string_agg(ranking || ' ' || weight::text, E'\\n') as lines from ballot_rankings where consultation_id = ${id} group by cell`))
      : [];
    return countedCells(cells, rankings, candidates, method);
  };
  // One snapshot for the version, the cells and their rankings, so that a batch committing meanwhile is wholly in or out.
  const once = () => db.transaction((tx) => read(tx), { isolationLevel: 'repeatable read', accessMode: 'read only' });
  const counted = await once();
  if (counted) return counted;
  await recountTallies(db, consultationId);
  return (await once())!;
}
