CREATE TABLE ticket (num serial PRIMARY KEY, title text);
