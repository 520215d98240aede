-- Diacritic-insensitive Vietnamese search (unaccent folds đ to d); trusted extension, present in PGlite and PostgreSQL contrib.
CREATE EXTENSION IF NOT EXISTS unaccent;
