CREATE SEQUENCE counter;
CREATE TABLE d (
  id int PRIMARY KEY,
  a text DEFAULT 'a',
  b int,
  c timestamptz DEFAULT now(),
  d bigint
);
