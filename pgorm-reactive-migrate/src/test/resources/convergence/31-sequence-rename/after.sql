-- renamed sequence public.ticket_no from ticket_seq
CREATE SEQUENCE ticket_no;
CREATE TABLE ticket (id bigint DEFAULT nextval('ticket_no'));
