CREATE TABLE parent (a int NOT NULL, b int NOT NULL, PRIMARY KEY (a) INCLUDE (b));
CREATE TABLE child (id int, pa int REFERENCES parent);
