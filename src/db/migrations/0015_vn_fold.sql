-- vn_fold(text): text folded for Vietnamese search — lower case, no diacritics, đ/Đ as d — so that "đường",
-- "Duong" and "ĐƯỜNG" meet. IMMUTABLE, so expression indexes such as to_tsvector('simple', vn_fold(…)) may use it.
-- unaccent(text) alone is only STABLE (it looks its dictionary up through search_path at each call); here the
-- dictionary is named and the body is SQL-standard (RETURN …), which PostgreSQL binds when the function is created:
-- the result depends on the argument alone, also where search_path is empty (restores, autovacuum).
-- The extension again, IF NOT EXISTS: a database some administrator set up by hand gets it here too.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE OR REPLACE FUNCTION vn_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN lower(unaccent('unaccent'::regdictionary, $1));
