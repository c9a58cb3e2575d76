CREATE SCHEMA keep;
CREATE TABLE keep.a (id int);
CREATE SCHEMA fresh;
CREATE TABLE fresh.thing (id int PRIMARY KEY);
CREATE VIEW fresh.things AS SELECT a.id FROM keep.a;
