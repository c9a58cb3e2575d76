CREATE TABLE s (
  a bigserial,
  b int NOT NULL,
  c serial,
  d bigserial
);
