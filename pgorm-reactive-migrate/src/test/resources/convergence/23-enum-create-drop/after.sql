CREATE TYPE color AS ENUM ('red', 'green', 'blue');
CREATE TABLE person (id int, favourite color DEFAULT 'red');
