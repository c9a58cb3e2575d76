package io.pgorm.migrate.internal.introspect;

/**
 * SQL fragments the catalog queries share. {@code $1} of every query is the text[] of schemas to
 * read, or NULL for all but the system ones.
 */
final class CatalogSql {

  private CatalogSql() {}

  /**
   * The namespace column {@code nsp} is one to read: not a system schema ({@code pg_catalog},
   * {@code pg_toast}, temporary schemas, {@code information_schema}) and in scope.
   */
  static String inScope(String nsp) {
    return nsp
        + " <> 'information_schema' AND "
        + nsp
        + " NOT LIKE 'pg\\_%' AND ($1::text[] IS NULL OR "
        + nsp
        + " = ANY($1::text[]))";
  }

  /** The object {@code oid} of catalog {@code catalog} is no member of an extension. */
  static String notInExtension(String catalog, String oid) {
    return "NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = '"
        + catalog
        + "'::regclass AND x.objid = "
        + oid
        + " AND x.deptype = 'e')";
  }

  /** Joins the comment of an object as {@code <alias>.description}. */
  static String joinComment(String alias, String catalog, String oid, String subId) {
    return " LEFT JOIN pg_description "
        + alias
        + " ON "
        + alias
        + ".objoid = "
        + oid
        + " AND "
        + alias
        + ".classoid = '"
        + catalog
        + "'::regclass AND "
        + alias
        + ".objsubid = "
        + subId;
  }

  /**
   * Joins the type {@code oid} as {@code p}, its element type {@code pe} when it is an array, and
   * the element's namespace {@code pn}; {@link #typeColumns} selects them for {@link TypeRefs}.
   */
  static String typeJoins(String p, String oid, boolean left) {
    String join = left ? " LEFT JOIN " : " JOIN ";
    return join
        + "pg_type "
        + p
        + " ON "
        + p
        + ".oid = "
        + oid
        + " LEFT JOIN pg_type "
        + p
        + "e ON "
        + p
        + "e.oid = "
        + p
        + ".typelem AND "
        + p
        + "e.typarray = "
        + p
        + ".oid"
        + join
        + "pg_namespace "
        + p
        + "n ON "
        + p
        + "n.oid = coalesce("
        + p
        + "e.typnamespace, "
        + p
        + ".typnamespace)";
  }

  /** {@code <p>_nsp, <p>_name, <p>_fmt, <p>_arr} of a type joined by {@link #typeJoins}. */
  static String typeColumns(String p, String typmod) {
    return p
        + "n.nspname::text AS "
        + p
        + "_nsp, coalesce("
        + p
        + "e.typname, "
        + p
        + ".typname)::text AS "
        + p
        + "_name, format_type(coalesce("
        + p
        + "e.oid, "
        + p
        + ".oid), "
        + typmod
        + ") AS "
        + p
        + "_fmt, "
        + p
        + "e.oid IS NOT NULL AS "
        + p
        + "_arr";
  }

  /**
   * A collation or operator class name as the IR keeps it: bare in {@code pg_catalog} and {@code
   * public} (the introspection's search path), else {@code schema.name}.
   */
  static String visibleName(String nsp, String name) {
    return "CASE WHEN "
        + nsp
        + " IN ('pg_catalog', 'public') THEN '' ELSE "
        + nsp
        + " || '.' END || "
        + name;
  }
}
