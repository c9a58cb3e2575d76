CREATE TABLE p1 (id int, name text);
CREATE TABLE p2 (id int PRIMARY KEY, name text);
CREATE TABLE p3 (a int, b int, c int, PRIMARY KEY (a, b));
CREATE TABLE p4 (id int PRIMARY KEY, note text);
