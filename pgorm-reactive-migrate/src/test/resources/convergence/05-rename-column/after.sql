-- renamed column public.account.email from mail
-- renamed column public.account.account_id from id
CREATE TABLE account (
  account_id int PRIMARY KEY,
  email text NOT NULL DEFAULT '' CHECK (email <> 'root'),
  nick text
);
ALTER TABLE account RENAME CONSTRAINT account_email_check TO account_mail_check;
CREATE UNIQUE INDEX account_mail_idx ON account (lower(email));
CREATE TABLE login (id int PRIMARY KEY, account_mail text);
CREATE TABLE account_ref (account_id int REFERENCES account (account_id));
