CREATE FUNCTION allowed(who text) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT who = current_user $$;
CREATE TABLE doc (id int, owner text);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON doc USING (allowed(owner));
