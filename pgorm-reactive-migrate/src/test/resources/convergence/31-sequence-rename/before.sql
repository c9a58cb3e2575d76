CREATE SEQUENCE ticket_seq;
CREATE TABLE ticket (id bigint DEFAULT nextval('ticket_seq'));
