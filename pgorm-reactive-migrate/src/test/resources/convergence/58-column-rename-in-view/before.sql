CREATE TABLE person (id int, fullname text, age int);
CREATE VIEW adult AS SELECT id, fullname FROM person WHERE age >= 18;
