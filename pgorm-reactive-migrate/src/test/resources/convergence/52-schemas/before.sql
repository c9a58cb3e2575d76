CREATE SCHEMA old;
CREATE TABLE old.thing (id int PRIMARY KEY);
CREATE SCHEMA keep;
CREATE TABLE keep.a (id int);
