// The stability figures as kept in the database (stability.table.ts): the newest per key wins, so
// two processes finishing the same job in either order leave the one drawn from more ballots.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import type { FigureStore } from './stability.jobs';
import { stabilityFigures } from './stability.table';

export function figureStore(db: Db): FigureStore {
  return {
    read: async ({ consultationId, key }) => {
      const [row] = await db
        .select({ figure: stabilityFigures.figure })
        .from(stabilityFigures)
        .where(and(eq(stabilityFigures.consultationId, consultationId), eq(stabilityFigures.key, key)));
      return row?.figure;
    },
    write: async ({ consultationId, key }, figure) => {
      await db
        .insert(stabilityFigures)
        .values({ consultationId, key, ballots: figure.ballots, figure })
        .onConflictDoUpdate({
          target: [stabilityFigures.consultationId, stabilityFigures.key],
          set: { ballots: figure.ballots, figure },
          setWhere: sql`${stabilityFigures.ballots} <= ${figure.ballots}`,
        });
    },
  };
}
