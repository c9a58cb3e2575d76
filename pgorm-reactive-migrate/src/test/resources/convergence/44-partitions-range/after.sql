CREATE TABLE event (id bigint NOT NULL, at date NOT NULL, payload text, source text) PARTITION BY RANGE (at);
CREATE TABLE event_2025 PARTITION OF event FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE event_2026 PARTITION OF event FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE event_other PARTITION OF event DEFAULT;
CREATE INDEX event_at_idx ON event (at);
CREATE INDEX event_2026_payload_idx ON event_2026 (payload);
