CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE doc (
  id int PRIMARY KEY,
  title text,
  body text,
  tags text[],
  created date,
  score int,
  code text
);
CREATE INDEX doc_title_idx ON doc USING gin (title gin_trgm_ops);
CREATE INDEX doc_tags_idx ON doc USING gin (tags);
CREATE INDEX doc_created_brin ON doc USING brin (created) WITH (pages_per_range = 32);
CREATE INDEX doc_score_idx ON doc (score DESC NULLS LAST) INCLUDE (title) WHERE score > 0;
CREATE INDEX doc_lower_idx ON doc (lower(title) text_pattern_ops, created NULLS FIRST);
CREATE INDEX doc_hash_idx ON doc USING hash (code);
CREATE UNIQUE INDEX doc_code_idx ON doc (code) NULLS NOT DISTINCT;
CREATE INDEX doc_trgm_gist ON doc USING gist (body gist_trgm_ops (siglen = 32));
