CREATE TYPE state AS ENUM ('a', 'b');
CREATE TABLE s (id int, st state DEFAULT 'a');
