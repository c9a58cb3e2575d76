CREATE TABLE n (id int NOT NULL, a text, b text NOT NULL, c int NOT NULL);
