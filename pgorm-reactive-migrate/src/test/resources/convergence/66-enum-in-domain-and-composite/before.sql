CREATE TYPE level AS ENUM ('low', 'mid', 'high', 'extreme');
CREATE DOMAIN level_d AS level CHECK (VALUE <> 'extreme');
CREATE TYPE reading AS (l level, at date);
CREATE TABLE r (id int, d level_d, rd reading, plain level);
