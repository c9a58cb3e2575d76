CREATE TABLE m (
  id bigint PRIMARY KEY,
  small integer,
  code varchar(50),
  label text,
  num integer,
  price numeric(12,4),
  at timestamptz,
  ratio double precision
);
