-- renamed column Straße.Order.Menge from select
CREATE SCHEMA "Straße";
CREATE TABLE "Straße"."Order" (
  "Id" bigint PRIMARY KEY,
  "user" text NOT NULL DEFAULT 'x',
  "Menge" int CHECK ("Menge" > 0),
  "Größe" numeric(6,2),
  "group" text,
  "with space" text
);
CREATE INDEX "Order_user_Idx" ON "Straße"."Order" ("user", "group");
CREATE TABLE "Straße"."ÄÖÜ" ("x" int REFERENCES "Straße"."Order");
