package io.pgorm.types;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The user types of the type tests and the registry that knows them. */
final class TypeFixtures {

  /** {@code app.mood}: labels in lower case, mapped through {@link PgEnum}. */
  enum Mood implements PgEnum {
    HAPPY("happy"),
    SAD("sad"),
    SO_SO("so-so");

    private final String label;

    Mood(String label) {
      this.label = label;
    }

    @Override
    public String pgLabel() {
      return label;
    }
  }

  /** {@code other.mood}: same bare name as app.mood, other labels, mapped by name. */
  enum OtherMood {
    HAPPY,
    MEH
  }

  /** {@code app.address}. */
  record Address(
      @Nullable String street,
      @Nullable String zip,
      @Nullable List<String> tags,
      @Nullable Mood mood) {}

  /** {@code app.person}: a composite holding a composite and an array of them. */
  record Person(String name, @Nullable Address home, @Nullable List<Address> past, int age) {}

  static final String DDL =
      "CREATE EXTENSION IF NOT EXISTS citext;"
          + "CREATE EXTENSION IF NOT EXISTS hstore;"
          + "CREATE EXTENSION IF NOT EXISTS ltree;"
          + "CREATE SCHEMA app; CREATE SCHEMA other;"
          + "CREATE TYPE app.mood AS ENUM ('happy', 'sad', 'so-so');"
          + "CREATE TYPE other.mood AS ENUM ('HAPPY', 'MEH');"
          + "CREATE TYPE app.address AS (street text, zip varchar(10), tags text[], mood app.mood);"
          + "CREATE TYPE app.person AS (name text, home app.address, past app.address[], age int);"
          + "CREATE DOMAIN app.email AS citext CHECK (VALUE LIKE '%@%');"
          + "CREATE DOMAIN app.positive AS integer CHECK (VALUE > 0);"
          + "CREATE DOMAIN app.tags AS text[];"
          + "CREATE DOMAIN app.cheerful AS app.mood CHECK (VALUE <> 'sad');";

  private static final TypeRegistry REGISTRY =
      TypeRegistry.builder()
          // A domain over a user type, registered before the type: order does not matter.
          .domainType("app.cheerful", "app.mood")
          .domainType("app.email", "citext")
          .domainType("app.positive", "integer")
          .domainType("app.tags", "text[]")
          .enumType("app.mood", Mood.class)
          .enumType("other.mood", OtherMood.class)
          // Person first: composites may name each other in any order.
          .compositeType(
              "app.person",
              Person.class,
              List.of(
                  CompositeAttribute.of("name", "text"),
                  CompositeAttribute.of("home", "app.address"),
                  CompositeAttribute.of("past", "app.address[]"),
                  CompositeAttribute.of("age", "integer")))
          .compositeType(
              "app.address",
              Address.class,
              List.of(
                  CompositeAttribute.of("street", "text"),
                  CompositeAttribute.of("zip", "varchar(10)"),
                  CompositeAttribute.of("tags", "text[]"),
                  CompositeAttribute.of("mood", "app.mood")))
          .build();

  private TypeFixtures() {}

  static TypeRegistry registry() {
    return REGISTRY;
  }
}
