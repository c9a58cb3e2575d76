CREATE TABLE account (
  id int PRIMARY KEY,
  mail text NOT NULL DEFAULT '' CHECK (mail <> 'root'),
  nick text
);
CREATE UNIQUE INDEX account_mail_idx ON account (lower(mail));
CREATE TABLE login (id int PRIMARY KEY, account_mail text);
CREATE TABLE account_ref (account_id int REFERENCES account (id));
