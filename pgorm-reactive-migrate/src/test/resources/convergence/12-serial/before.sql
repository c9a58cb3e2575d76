CREATE TABLE s (
  a serial,
  b serial,
  c int NOT NULL,
  d bigserial
);
