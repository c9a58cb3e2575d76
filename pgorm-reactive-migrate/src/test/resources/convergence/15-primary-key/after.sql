CREATE TABLE p1 (id int PRIMARY KEY, name text);
CREATE TABLE p2 (id int NOT NULL, name text);
CREATE TABLE p3 (a int, b int, c int, CONSTRAINT p3_pkey PRIMARY KEY (a, c) INCLUDE (b));
CREATE TABLE p4 (id int PRIMARY KEY DEFERRABLE INITIALLY DEFERRED, note text);
