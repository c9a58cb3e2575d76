CREATE SCHEMA "Straße";
CREATE TABLE "Straße"."Order" ("Id" int PRIMARY KEY, "user" text, "select" int, "Größe" numeric);
CREATE INDEX "Order_user_Idx" ON "Straße"."Order" ("user");
