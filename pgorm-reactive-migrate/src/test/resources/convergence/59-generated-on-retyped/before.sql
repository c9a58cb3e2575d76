CREATE TABLE box (w int, h int, area int GENERATED ALWAYS AS (w * h) STORED);
