-- renamed column public.ticket.id from num
CREATE TABLE ticket (id serial PRIMARY KEY, title text);
