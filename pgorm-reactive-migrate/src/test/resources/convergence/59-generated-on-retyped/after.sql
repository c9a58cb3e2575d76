CREATE TABLE box (w bigint, h int, area bigint GENERATED ALWAYS AS (w * h) STORED);
