CREATE TABLE m (
  id int PRIMARY KEY,
  small smallint,
  code varchar(20),
  label varchar(30),
  num text,
  price numeric(10,2),
  at timestamp,
  ratio real
);
