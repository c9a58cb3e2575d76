-- renamed column public.person.name from fullname
CREATE TABLE person (id int, name text, age int);
CREATE VIEW adult AS SELECT id, name AS fullname FROM person WHERE age >= 18;
