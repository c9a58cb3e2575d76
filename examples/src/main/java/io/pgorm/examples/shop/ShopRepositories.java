package io.pgorm.examples.shop;

import io.pgorm.PgOrm;
import io.pgorm.examples.shop.db.Account;
import io.pgorm.examples.shop.db.AccountRepository;
import io.pgorm.examples.shop.db.AccountRole;
import io.pgorm.examples.shop.db.AccountTable;
import io.pgorm.examples.shop.db.LoyaltyCard;
import io.pgorm.examples.shop.db.LoyaltyCardRepository;
import io.pgorm.examples.shop.db.billing.Region;
import io.pgorm.examples.shop.db.billing.RegionRepository;
import io.pgorm.query.QueryClient;
import io.pgorm.query.repository.Loaded;
import java.io.PrintStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The repositories generated from {@code shop.pgorm} at work: accounts by their unique email,
 * accounts with their loyalty card loaded include-style, and regions by their two-column key.
 * {@link #run} creates the few tables it uses (the whole schema needs the {@code vector}
 * extension), writes, reads and prints; {@code ShopRepositoriesTest} runs it on a real server.
 */
public final class ShopRepositories {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** The DDL of the models used here, as the migration engine would create them. */
  static final List<String> SCHEMA =
      List.of(
          "CREATE EXTENSION IF NOT EXISTS citext",
          "CREATE EXTENSION IF NOT EXISTS hstore",
          "CREATE TYPE account_role AS ENUM ('admin', 'member', 'guest')",
          "CREATE TYPE address AS (street text, city text, zip varchar(10), lines text[])",
          "CREATE DOMAIN email AS citext CHECK (VALUE ~ '^[^@]+@[^@]+$')",
          "CREATE TABLE account (id uuid PRIMARY KEY DEFAULT gen_random_uuid(),"
              + " email email NOT NULL UNIQUE, role account_role NOT NULL DEFAULT 'member',"
              + " name text NOT NULL, tags text[] NOT NULL DEFAULT '{}', settings hstore,"
              + " profile jsonb, home address, created_at timestamptz NOT NULL DEFAULT now())",
          "CREATE TABLE loyalty_card (account_id uuid PRIMARY KEY"
              + " REFERENCES account ON DELETE CASCADE, points integer NOT NULL DEFAULT 0)",
          "CREATE SCHEMA billing",
          "CREATE TABLE billing.region (country text, code text, PRIMARY KEY (country, code))");

  private ShopRepositories() {}

  /** Creates the tables on {@code db}, then runs the example; prints what it finds. */
  public static void run(PgOrm db, PrintStream out) {
    for (String ddl : SCHEMA) {
      db.sql(ddl).execute().block(TIMEOUT);
    }
    QueryClient queries = QueryClient.of(db);
    AccountRepository accounts = new AccountRepository(queries);
    LoyaltyCardRepository cards = new LoyaltyCardRepository(queries);
    RegionRepository regions = new RegionRepository(queries);

    List<Account> people = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      people.add(
          new Account(
              UUID.randomUUID(),
              "user" + i + "@example.com",
              i == 0 ? AccountRole.ADMIN : AccountRole.MEMBER,
              "User " + i,
              List.of(),
              null,
              null,
              null,
              OffsetDateTime.now()));
    }
    List<Account> stored = accounts.insertAll(people).collectList().block(TIMEOUT);
    List<LoyaltyCard> issued = new ArrayList<>();
    for (int i = 0; i < stored.size(); i += 2) {
      issued.add(new LoyaltyCard(stored.get(i).id(), i * 10));
    }
    cards.insertAll(issued).then().block(TIMEOUT);

    // A typed finder per unique key; the email domain is case-insensitive (citext).
    Account admin = accounts.findByEmail("USER0@example.com").block(TIMEOUT);
    out.println("by email: " + admin.name() + " (" + admin.role().pgLabel() + ")");

    // One statement for the accounts and one for all their cards, however many accounts.
    List<Loaded<Account>> withCards =
        accounts
            .findAllWithCard(AccountTable.NAME.like("User 1%"), AccountTable.NAME.asc())
            .collectList()
            .block(TIMEOUT);
    for (Loaded<Account> a : withCards) {
      out.println(
          a.row().name()
              + ": "
              + a.oneRow(AccountTable.Relations.CARD)
                  .map(c -> c.points() + " points")
                  .orElse("no card"));
    }

    // A two-column primary key: the nested Id record.
    regions
        .insertAll(List.of(new Region("DE", "BY"), new Region("DE", "BE"), new Region("FR", "BY")))
        .then()
        .block(TIMEOUT);
    Region found = regions.findById(new RegionRepository.Id("FR", "BY")).block(TIMEOUT);
    boolean deleted = regions.deleteById(new RegionRepository.Id("DE", "BY")).block(TIMEOUT);
    long left = regions.count(io.pgorm.query.expr.Condition.none()).block(TIMEOUT);
    out.println("region " + found + "; deleted DE/BY: " + deleted + "; left: " + left);
  }
}
