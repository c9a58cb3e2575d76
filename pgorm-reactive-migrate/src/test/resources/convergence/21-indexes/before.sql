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
CREATE INDEX doc_title_idx ON doc (title);
CREATE INDEX doc_old_idx ON doc (created);
CREATE INDEX doc_score_idx ON doc USING btree (score);
CREATE UNIQUE INDEX doc_code_idx ON doc (code);
