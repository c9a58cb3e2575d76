CREATE TABLE c (id int, a text, b text COLLATE "C", c varchar(10) COLLATE "POSIX");
CREATE INDEX c_b_idx ON c (b);
