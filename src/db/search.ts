// Vietnamese full-text search where diacritics, case and đ/d do not matter, the same on PGlite and
// PostgreSQL: the text is folded by vn_fold (migration 0015_vn_fold) into a 'simple' tsvector, and the
// words typed are folded the same way in TypeScript (core/text) and handed over as one bound parameter
// — only letters and digits joined by '&', so nothing typed can become query syntax. The last word
// matches as a prefix ("quy hoa" finds "quy hoạch"), for search as one types.
//
// Index the very expression `searchVector` builds, e.g. in a *.table.ts:
//   index('contributions_search').using('gin', searchVector(t.title, t.abstract))
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { searchWords } from '../core/text';

type Part = AnyColumn | SQL;

/** to_tsvector('simple', vn_fold(part₁ || ' ' || part₂ …) with punctuation as space), a missing part read as ''. IMMUTABLE: indexable. */
export function searchVector(...parts: Part[]): SQL {
  const joined = sql.join(
    parts.map((p) => sql`coalesce(${p}, '')`),
    sql` || ' ' || `,
  );
  // ASCII punctuation becomes space, as typed words are split (core/text): the parser would otherwise keep
  // "123/qd-ubnd", "13/07/2021" or "so.tc@cantho.gov.vn" whole, and "2021" or "cantho" would not find them.
  return sql`to_tsvector('simple', regexp_replace(vn_fold(${joined}), '[[:punct:]]+', ' ', 'g'))`;
}

/** The tsquery text for what a person typed ("Quy hoạch" → "quy & hoach:*"), or null when it has no word. */
export function searchQueryText(input: string): string | null {
  const words = searchWords(input);
  if (!words.length) return null;
  return words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(' & ');
}

export type Search = {
  /** True where the text holds every word (the last as a prefix). */
  where: SQL<boolean>;
  /** ts_rank of the match, higher first: order by it descending. */
  rank: SQL<number>;
};

/** A search over `vector` (from searchVector) for `input`, or null when nothing searchable was typed. */
export function textSearch(vector: SQL, input: string): Search | null {
  const text = searchQueryText(input);
  if (text === null) return null;
  const query = sql`to_tsquery('simple', ${text})`;
  return { where: sql<boolean>`${vector} @@ ${query}`, rank: sql<number>`ts_rank(${vector}, ${query})` };
}
