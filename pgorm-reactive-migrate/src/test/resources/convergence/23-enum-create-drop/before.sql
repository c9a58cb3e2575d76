CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE person (id int, mood mood);
