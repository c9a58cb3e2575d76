CREATE TABLE parent (id int PRIMARY KEY, code text UNIQUE, a int, b int, UNIQUE (a, b));
CREATE TABLE child (
  id int PRIMARY KEY,
  parent_id int REFERENCES parent ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  parent_code text REFERENCES parent (code) ON UPDATE SET NULL,
  a int,
  b int,
  other int,
  FOREIGN KEY (a, b) REFERENCES parent (a, b) MATCH FULL
);
