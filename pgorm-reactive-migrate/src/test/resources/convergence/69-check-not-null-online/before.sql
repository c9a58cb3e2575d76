CREATE TABLE big (id int, v int, ref int);
CREATE TABLE other (id int PRIMARY KEY);
