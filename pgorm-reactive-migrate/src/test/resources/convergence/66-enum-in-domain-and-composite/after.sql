CREATE TYPE level AS ENUM ('low', 'mid', 'high');
CREATE DOMAIN level_d AS level CHECK (VALUE <> 'high');
CREATE TYPE reading AS (l level, at date);
CREATE TABLE r (id int, d level_d, rd reading, plain level);
