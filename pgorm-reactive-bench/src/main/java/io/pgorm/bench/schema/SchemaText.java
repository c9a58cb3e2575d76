package io.pgorm.bench.schema;

/**
 * A deterministic schema of a given number of models, shaped like an application's: enums,
 * composite types, domains, ten to fourteen columns per model of varied types, a primary key,
 * foreign keys with relation fields on both sides, unique and check constraints, plain, partial and
 * expression indexes, doc comments, row-level security, change streams, functions, triggers and
 * grants.
 */
public final class SchemaText {

  private SchemaText() {}

  public static String of(int models) {
    StringBuilder s = new StringBuilder(models * 900);
    s.append("extension citext\nextension pgcrypto\n\nrole app_user\nrole reporting\n\n");
    s.append("schema billing\nschema audit\n\n");
    for (int e = 0; e < 10; e++) {
      s.append("/// States of kind ").append(e).append(".\n");
      s.append("enum state_").append(e).append(" { draft open 'In Progress' closed archived }\n");
    }
    s.append('\n');
    for (int t = 0; t < 5; t++) {
      s.append("type address_")
          .append(t)
          .append(" {\n  street text\n  city   text\n  zip    varchar(10)\n}\n\n");
    }
    s.append("domain email as citext check (value ~ '^[^@]+@[^@]+$')\n");
    s.append("domain amount as numeric(12, 2) not null default (0) check (value >= 0)\n\n");
    for (int m = 0; m < models; m++) {
      model(s, m);
    }
    s.append("function touch() returns trigger language plpgsql\n");
    s.append("  as $$ begin new.updated_at = now(); return new; end $$\n\n");
    for (int m = 0; m < models; m += 25) {
      s.append("trigger m")
          .append(m)
          .append("_touch before update on ")
          .append(name(m))
          .append(" for each row execute function touch()\n");
      s.append("grant select, insert, update on ").append(name(m)).append(" to app_user\n");
    }
    return s.toString();
  }

  private static String name(int m) {
    return m % 50 == 7 ? "billing.m" + m : "m" + m;
  }

  private static void model(StringBuilder s, int m) {
    String schema = m % 50 == 7 ? "billing." : "";
    s.append("/// Model number ").append(m).append(".\n");
    s.append("model ").append(schema).append('m').append(m).append(" {\n");
    s.append("  id         bigint         @id @identity\n");
    s.append("  code       varchar(32)    @unique\n");
    s.append("  title      text\n");
    s.append("  /// Free text, searchable.\n");
    s.append("  body       text?\n");
    s.append("  state      state_").append(m % 10).append("   @default('draft')\n");
    s.append("  price      numeric(10, 2) @check(price >= 0)\n");
    s.append("  email      email?\n");
    s.append("  tags       text[]         @default('{}')\n");
    s.append("  home       address_").append(m % 5).append("?\n");
    s.append("  meta       jsonb?\n");
    s.append("  created_at timestamptz    @default(now())\n");
    s.append("  updated_at timestamptz    @default(now())\n");
    if (m > 0) {
      int parent = parent(m);
      String target = name(parent);
      s.append("  parent_id  bigint?\n");
      s.append("  parent     ")
          .append(target)
          .append("? @relation(fields: [parent_id], references: [id], onDelete: setNull)\n");
    }
    String child = child(m);
    if (child != null) {
      s.append("  children   ").append(child).append("[]\n");
    }
    s.append('\n');
    s.append("  @@index([created_at desc], where: state <> 'archived')\n");
    s.append("  @@index([(lower(title)) text_pattern_ops])\n");
    s.append("  @@index([tags], using: gin)\n");
    if (m % 4 == 0) {
      s.append("  @@rls\n  @@policy(app_rows, to: app_user, using: state <> 'archived')\n");
    }
    if (m % 10 == 0) {
      s.append("  @@notify(insert, update, delete)\n");
    }
    s.append("}\n\n");
  }

  private static int parent(int m) {
    return (m * 37 + 11) % m;
  }

  /** The first model whose parent is {@code m}, if any within reach. */
  private static @org.jspecify.annotations.Nullable String child(int m) {
    for (int c = m + 1; c < m + 100; c++) {
      if (parent(c) == m) {
        return name(c);
      }
    }
    return null;
  }
}
