CREATE TABLE n (id int, a text NOT NULL, b text, c int NOT NULL);
