CREATE TABLE w (id int PRIMARY KEY, c text);
CREATE TABLE wr (a int, b int);
