CREATE TABLE c (id int, a text COLLATE "C", b text, c varchar(10));
CREATE INDEX c_b_idx ON c (b);
