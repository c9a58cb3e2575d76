CREATE FUNCTION allowed(o text) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT o = current_user $$;
CREATE TABLE doc (id int, owner text);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON doc USING (allowed(owner));
