CREATE SEQUENCE counter;
CREATE TABLE d (
  id int PRIMARY KEY,
  a text DEFAULT 'changed',
  b int DEFAULT 7,
  c timestamptz,
  d bigint DEFAULT nextval('counter')
);
