CREATE TABLE parent (id int PRIMARY KEY, code text UNIQUE, a int, b int, UNIQUE (a, b));
CREATE TABLE child (
  id int PRIMARY KEY,
  parent_id int REFERENCES parent,
  parent_code text,
  a int,
  b int,
  other int CONSTRAINT child_other_fkey REFERENCES parent
);
