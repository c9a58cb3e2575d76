package io.pgorm.codegen;

import static io.pgorm.codegen.TableBuilder.table;

import io.pgorm.schema.ir.Attribute;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.CompositeType;
import io.pgorm.schema.ir.Domain;
import io.pgorm.schema.ir.EnumType;
import io.pgorm.schema.ir.Identity;
import io.pgorm.schema.ir.PartitionStrategy;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Relation;
import io.pgorm.schema.ir.RelationKind;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.SequenceOptions;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.TypeRef;
import io.pgorm.schema.ir.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A schema model with every construct code generation handles, built by hand. */
final class ShopModel {

  static final QualifiedName ACCOUNT = QualifiedName.of("account");
  static final QualifiedName SETTINGS = QualifiedName.of("account_settings");
  static final QualifiedName POST = QualifiedName.of("post");
  static final QualifiedName TAG = QualifiedName.of("tag");
  static final QualifiedName POST_TAG = QualifiedName.of("post_tag");
  static final QualifiedName INVOICE = QualifiedName.of("billing", "invoice");

  /** Every built-in and extension type name the interim type table knows. */
  static final List<String> BUILTIN_TYPES =
      List.of(
          "smallint",
          "integer",
          "bigint",
          "numeric",
          "real",
          "double precision",
          "money",
          "text",
          "varchar",
          "char",
          "bytea",
          "boolean",
          "date",
          "time",
          "timetz",
          "timestamp",
          "timestamptz",
          "interval",
          "uuid",
          "json",
          "jsonb",
          "xml",
          "inet",
          "cidr",
          "macaddr",
          "macaddr8",
          "bit",
          "varbit",
          "tsvector",
          "tsquery",
          "int4range",
          "int8range",
          "numrange",
          "tsrange",
          "tstzrange",
          "daterange",
          "int4multirange",
          "int8multirange",
          "nummultirange",
          "tsmultirange",
          "tstzmultirange",
          "datemultirange",
          "point",
          "line",
          "lseg",
          "box",
          "path",
          "polygon",
          "circle",
          "pg_lsn",
          "oid",
          "citext",
          "hstore",
          "ltree",
          "geometry",
          "geography",
          "vector",
          "name",
          "jsonpath",
          "regclass",
          "xid",
          "xid8",
          "cid",
          "tid",
          "pg_snapshot",
          "lquery",
          "ltxtquery",
          "cube",
          "halfvec",
          "sparsevec");

  private ShopModel() {}

  static SchemaModel model() {
    return new SchemaModel(
        List.of("billing"),
        List.of(),
        List.of(),
        enums(),
        composites(),
        domains(),
        List.of(),
        List.of(
            account(),
            settings(),
            post(),
            post2026(),
            tag(),
            postTag(),
            invoice(),
            allTypes(),
            hostile(),
            string()),
        views(),
        List.of(),
        List.of(),
        java.util.Map.of());
  }

  static List<EnumType> enums() {
    return List.of(
        new EnumType(
            QualifiedName.of("role"),
            List.of("admin", "member", "guest", "in progress", "2fa", "In-Progress"),
            "Who may do what.",
            null,
            null),
        new EnumType(
            QualifiedName.of("billing", "invoice_status"),
            List.of("draft", "paid"),
            null,
            null,
            null));
  }

  static List<CompositeType> composites() {
    return List.of(
        new CompositeType(
            QualifiedName.of("address"),
            List.of(
                new Attribute("street", TypeRef.builtin("text"), null),
                new Attribute("zip", TypeRef.builtin("varchar", "10"), null),
                new Attribute("lines", TypeRef.builtin("text").array(), null)),
            "A postal address.",
            null,
            null));
  }

  static List<Domain> domains() {
    return List.of(
        new Domain(
            QualifiedName.of("email"),
            TypeRef.user("public", "citext"),
            false,
            null,
            null,
            List.of(),
            null,
            null),
        new Domain(
            QualifiedName.of("labels"),
            TypeRef.builtin("text").array(),
            false,
            null,
            null,
            List.of(),
            null,
            null));
  }

  static List<View> views() {
    return List.of(
        new View(
            QualifiedName.of("active_account"),
            "select id, email from account",
            false,
            Map.of(),
            List.of(),
            "Accounts that are not guests.",
            null,
            null,
            List.of(),
            List.of(
                new Attribute("id", TypeRef.builtin("uuid"), null),
                new Attribute("email", TypeRef.user("public", "email"), null))),
        new View(
            QualifiedName.of("billing", "totals"),
            "select 1",
            true,
            Map.of(),
            List.of(),
            null,
            "InvoiceTotals",
            null,
            List.of(),
            List.of(new Attribute("total", TypeRef.builtin("numeric"), null))),
        new View(
            QualifiedName.of("undeclared"),
            "select 1",
            false,
            Map.of(),
            List.of(),
            null,
            null,
            null,
            List.of(),
            List.of()));
  }

  static Table account() {
    return table("account")
        .comment("A person who signs in.\nEmails are unique; see <docs> & */ notes @here \\u0041.")
        .column(Column.of("id", TypeRef.builtin("uuid"), false).withDefault("gen_random_uuid()"))
        .column(
            Column.of("email", TypeRef.user("public", "email"), false)
                .withComment("Login; unique."))
        .column(Column.of("role", TypeRef.user("public", "role"), false).withDefault("'member'"))
        .column(Column.of("tags", TypeRef.user("public", "labels"), false).withDefault("'{}'"))
        .column("profile", TypeRef.builtin("jsonb"), true)
        .column("home", TypeRef.user("public", "address"), true)
        .column(
            Column.of("created_at", TypeRef.builtin("timestamptz", "3"), false)
                .withDefault("now()"))
        .primaryKey("id")
        .relation("posts", RelationKind.ONE_TO_MANY, POST)
        .relation("settings", RelationKind.ONE_TO_ONE, SETTINGS)
        .relation("invoices", RelationKind.ONE_TO_MANY, INVOICE)
        .build();
  }

  static Table settings() {
    return table("account_settings")
        .javaName("Settings")
        .column("account_id", TypeRef.builtin("uuid"), false)
        .column("theme", TypeRef.builtin("text"), true)
        .primaryKey("account_id")
        .foreignKey("account_id", ACCOUNT, "id")
        .relation(
            new Relation(
                "account",
                RelationKind.ONE_TO_ONE,
                ACCOUNT,
                List.of("account_id"),
                List.of("id"),
                null))
        .build();
  }

  static Table post() {
    Column at =
        new Column(
            "at",
            TypeRef.builtin("timestamptz"),
            false,
            "now()",
            null,
            null,
            false,
            null,
            null,
            "publishedAt",
            null);
    return table("post")
        .column(
            Column.of("id", TypeRef.builtin("bigint"), false)
                .withIdentity(new Identity(true, SequenceOptions.DEFAULTS)))
        .column("author_id", TypeRef.builtin("uuid"), false)
        .column("body", TypeRef.builtin("text"), false)
        .column(Column.of("published", TypeRef.builtin("boolean"), false).withDefault("false"))
        .column(at)
        .column("score", TypeRef.builtin("numeric", "10", "2"), true)
        .column("attachment", TypeRef.builtin("bytea"), true)
        .column("grid", TypeRef.builtin("integer").array().array(), false)
        .column(
            new Column(
                "search",
                TypeRef.builtin("tsvector"),
                true,
                null,
                null,
                "to_tsvector('simple', body)",
                false,
                null,
                null,
                null,
                null))
        .primaryKey("id", "at")
        .foreignKey("author_id", ACCOUNT, "id")
        .partitionBy(PartitionStrategy.RANGE, "at")
        .relation(
            new Relation(
                "author",
                RelationKind.MANY_TO_ONE,
                ACCOUNT,
                List.of("author_id"),
                List.of("id"),
                null))
        .relation(
            new Relation("tags", RelationKind.MANY_TO_MANY, TAG, List.of(), List.of(), POST_TAG))
        .build();
  }

  static Table post2026() {
    return table("post_2026")
        .partitionOf(POST, "FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')")
        .build();
  }

  static Table tag() {
    return table("tag")
        .column(
            new Column(
                "id",
                TypeRef.builtin("bigint"),
                false,
                null,
                null,
                null,
                true,
                null,
                null,
                null,
                null))
        .column("name", TypeRef.builtin("text"), false)
        .primaryKey("id")
        .relation(
            new Relation("posts", RelationKind.MANY_TO_MANY, POST, List.of(), List.of(), POST_TAG))
        .build();
  }

  static Table postTag() {
    return table("post_tag")
        .column("post_id", TypeRef.builtin("bigint"), false)
        .column("tag_id", TypeRef.builtin("bigint"), false)
        .primaryKey("post_id", "tag_id")
        .foreignKey("post_id", POST, "id")
        .foreignKey("tag_id", TAG, "id")
        .build();
  }

  static Table invoice() {
    return table("billing", "invoice")
        .column("id", TypeRef.builtin("bigint"), false)
        .column("account_id", TypeRef.builtin("uuid"), false)
        .column("status", TypeRef.user("billing", "invoice_status"), false)
        .column("total", TypeRef.builtin("money"), false)
        .primaryKey("id")
        .foreignKey("account_id", ACCOUNT, "id")
        .relation("account", RelationKind.MANY_TO_ONE, ACCOUNT)
        .build();
  }

  static Table allTypes() {
    TableBuilder table = table("all_types");
    List<String> names = new ArrayList<>(BUILTIN_TYPES);
    for (String type : names) {
      TypeRef ref =
          List.of(
                      "citext",
                      "hstore",
                      "ltree",
                      "geometry",
                      "geography",
                      "vector",
                      "lquery",
                      "ltxtquery",
                      "cube",
                      "halfvec",
                      "sparsevec")
                  .contains(type)
              ? TypeRef.user("public", type)
              : TypeRef.builtin(type);
      table.column(type.replace(' ', '_'), ref, true);
      table.column(type.replace(' ', '_') + "_array", ref.array(), true);
    }
    return table.build();
  }

  /** Names that are Java keywords, Object's methods, the metamodel's own constants. */
  static Table hostile() {
    return table("list")
        .column("class", TypeRef.builtin("text"), false)
        .column("hashCode", TypeRef.builtin("text"), false)
        .column("table", TypeRef.builtin("text"), false)
        .column("table_name", TypeRef.builtin("text"), false)
        .column("2fa", TypeRef.builtin("text"), false)
        .column("Order Total", TypeRef.builtin("numeric"), false)
        .column("HTTPStatus", TypeRef.builtin("integer"), false)
        .column("uuid", TypeRef.builtin("uuid"), true)
        .build();
  }

  /** A table whose record is called String, as java.lang.String is. */
  static Table string() {
    return table("string")
        .column("value", TypeRef.builtin("text"), false)
        .column("list", TypeRef.builtin("text").array(), false)
        .build();
  }
}
