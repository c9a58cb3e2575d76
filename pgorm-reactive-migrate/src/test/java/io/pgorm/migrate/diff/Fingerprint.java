package io.pgorm.migrate.diff;

import io.pgorm.PgOrm;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A database's schema as the server prints it, independent of our IR: one line per object, with its
 * {@code pg_get_*def} form, comment and privileges; columns one line each, matched by name (their
 * order is kept apart, since PostgreSQL cannot reorder columns). Objects of extensions and the
 * system schemas are left out.
 */
record Fingerprint(List<String> lines, Map<String, String> columnOrder) {

  private static final String USER_NS =
      "SELECT oid FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema',"
          + " 'pg_toast') AND nspname NOT LIKE 'pg_temp_%' AND nspname NOT LIKE 'pg_toast_temp_%'";

  private static String notExt(String catalog, String oid) {
    return "NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '"
        + catalog
        + "'::regclass AND d.objid = "
        + oid
        + " AND d.deptype = 'e')";
  }

  private static final String SQL =
      "SELECT line FROM ("
          // schemas
          + " SELECT 'schema ' || n.nspname || ' acl=' || coalesce(n.nspacl, acldefault('n', n.nspowner))::text"
          + " || ' comment=' || coalesce(obj_description(n.oid, 'pg_namespace'), '') AS line"
          + " FROM pg_namespace n WHERE n.oid IN ("
          + USER_NS
          + ")"
          // extensions
          + " UNION ALL SELECT 'extension ' || e.extname || ' ' || e.extversion || ' in '"
          + " || e.extnamespace::regnamespace::text || ' comment='"
          + " || coalesce(obj_description(e.oid, 'pg_extension'), '')"
          + " FROM pg_extension e WHERE e.extname <> 'plpgsql'"
          // relations
          + " UNION ALL SELECT 'relation ' || c.oid::regclass::text || ' kind=' || c.relkind::text"
          + " || ' persistence=' || c.relpersistence::text || ' options='"
          + " || coalesce((SELECT array_agg(o ORDER BY o) FROM unnest(c.reloptions) o)::text, '')"
          + " || ' rls=' || c.relrowsecurity || '/' || c.relforcerowsecurity"
          + " || ' bound=' || coalesce(pg_get_expr(c.relpartbound, c.oid), '')"
          + " || ' key=' || coalesce(pg_get_partkeydef(c.oid), '')"
          + " || ' parent=' || coalesce((SELECT string_agg(i.inhparent::regclass::text, ',')"
          + " FROM pg_inherits i WHERE i.inhrelid = c.oid), '')"
          + " || ' acl=' || coalesce(c.relacl, acldefault(CASE c.relkind WHEN 'S' THEN 's'"
          + " ELSE 'r' END::\"char\", c.relowner))::text"
          + " || ' comment=' || coalesce(obj_description(c.oid, 'pg_class'), '')"
          + " || CASE WHEN c.relkind IN ('v', 'm') THEN ' query=' || pg_get_viewdef(c.oid) ELSE '' END"
          + " FROM pg_class c WHERE c.relnamespace IN ("
          + USER_NS
          + ")"
          + " AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND "
          + notExt("pg_class", "c.oid")
          // columns (of relations and composite types)
          + " UNION ALL SELECT 'column ' || c.oid::regclass::text || '.' || quote_ident(a.attname)"
          + " || ' ' || format_type(a.atttypid, a.atttypmod) || ' notnull=' || a.attnotnull"
          + " || ' default=' || coalesce(pg_get_expr(ad.adbin, ad.adrelid), '')"
          + " || ' identity=' || a.attidentity::text || ' generated=' || a.attgenerated::text"
          + " || ' collation=' || coalesce((SELECT co.collname FROM pg_collation co"
          + " WHERE co.oid = a.attcollation AND a.attcollation <> t.typcollation), '')"
          + " || ' local=' || a.attislocal || ' inh=' || a.attinhcount"
          + " || ' comment=' || coalesce(col_description(c.oid, a.attnum), '')"
          + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
          + " JOIN pg_type t ON t.oid = a.atttypid"
          + " LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum"
          + " WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relnamespace IN ("
          + USER_NS
          + ")"
          + " AND c.relkind IN ('r', 'p', 'v', 'm', 'c', 'f') AND "
          + notExt("pg_class", "c.oid")
          // constraints of tables and domains
          + " UNION ALL SELECT 'constraint ' || coalesce(r.oid::regclass::text, t.oid::regtype::text)"
          + " || '.' || quote_ident(k.conname) || ' ' || pg_get_constraintdef(k.oid)"
          + " || ' deferrable=' || k.condeferrable || '/' || k.condeferred"
          + " || ' valid=' || k.convalidated || ' local=' || k.conislocal"
          + " || ' inh=' || k.coninhcount"
          + " || ' comment=' || coalesce(obj_description(k.oid, 'pg_constraint'), '')"
          + " FROM pg_constraint k LEFT JOIN pg_class r ON r.oid = k.conrelid"
          + " LEFT JOIN pg_type t ON t.oid = k.contypid"
          + " WHERE k.connamespace IN ("
          + USER_NS
          + ") AND "
          + notExt("pg_constraint", "k.oid")
          // indexes
          + " UNION ALL SELECT 'index ' || pg_get_indexdef(i.indexrelid)"
          + " || ' comment=' || coalesce(obj_description(i.indexrelid, 'pg_class'), '')"
          + " FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
          + " WHERE c.relnamespace IN ("
          + USER_NS
          + ") AND "
          + notExt("pg_class", "i.indrelid")
          // triggers
          + " UNION ALL SELECT 'trigger ' || pg_get_triggerdef(g.oid)"
          + " || ' comment=' || coalesce(obj_description(g.oid, 'pg_trigger'), '')"
          + " FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid"
          + " WHERE NOT g.tgisinternal AND c.relnamespace IN ("
          + USER_NS
          + ")"
          // routines
          + " UNION ALL SELECT 'routine ' || pg_get_functiondef(p.oid)"
          + " || ' acl=' || coalesce(p.proacl, acldefault('f', p.proowner))::text"
          + " || ' comment=' || coalesce(obj_description(p.oid, 'pg_proc'), '')"
          + " FROM pg_proc p WHERE p.pronamespace IN ("
          + USER_NS
          + ") AND p.prokind IN ('f', 'p')"
          + " AND "
          + notExt("pg_proc", "p.oid")
          // policies
          + " UNION ALL SELECT 'policy ' || p.schemaname || '.' || p.tablename || '.' || p.policyname"
          + " || ' ' || p.permissive || ' ' || p.cmd || ' ' || p.roles::text"
          + " || ' using=' || coalesce(p.qual, '') || ' check=' || coalesce(p.with_check, '')"
          + " || ' comment=' || coalesce((SELECT obj_description(po.oid, 'pg_policy') FROM pg_policy po"
          + " JOIN pg_class pc ON pc.oid = po.polrelid WHERE po.polname = p.policyname"
          + " AND pc.relname = p.tablename AND pc.relnamespace = (SELECT oid FROM pg_namespace"
          + " WHERE nspname = p.schemaname)), '')"
          + " FROM pg_policies p"
          // types: enums, domains, composites
          + " UNION ALL SELECT 'type ' || t.oid::regtype::text || ' kind=' || t.typtype::text"
          + " || ' base=' || coalesce(format_type(NULLIF(t.typbasetype, 0), t.typtypmod), '')"
          + " || ' notnull=' || t.typnotnull || ' default=' || coalesce(t.typdefault, '')"
          + " || ' labels=' || coalesce((SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)"
          + " FROM pg_enum e WHERE e.enumtypid = t.oid), '')"
          + " || ' acl=' || coalesce(t.typacl, acldefault('T', t.typowner))::text"
          + " || ' comment=' || coalesce(obj_description(t.oid, 'pg_type'), '')"
          + " FROM pg_type t WHERE t.typnamespace IN ("
          + USER_NS
          + ") AND t.typtype IN ('e', 'd', 'c')"
          + " AND (t.typtype <> 'c' OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')"
          + " AND "
          + notExt("pg_type", "t.oid")
          // sequences
          + " UNION ALL SELECT 'sequence ' || s.seqrelid::regclass::text || ' '"
          + " || format_type(s.seqtypid, NULL) || ' ' || s.seqstart || ' ' || s.seqincrement"
          + " || ' ' || s.seqmin || ' ' || s.seqmax || ' ' || s.seqcache || ' ' || s.seqcycle"
          + " || ' owner=' || coalesce((SELECT d.refobjid::regclass::text || '.' || a.attname"
          + " || '/' || d.deptype::text FROM pg_depend d JOIN pg_attribute a ON a.attrelid = d.refobjid"
          + " AND a.attnum = d.refobjsubid WHERE d.classid = 'pg_class'::regclass"
          + " AND d.objid = s.seqrelid AND d.deptype IN ('a', 'i')), '')"
          + " FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid"
          + " WHERE c.relnamespace IN ("
          + USER_NS
          + ") AND "
          + notExt("pg_class", "s.seqrelid")
          + ") x ORDER BY line COLLATE \"C\"";

  private static final String ORDER =
      "SELECT c.oid::regclass::text AS rel, string_agg(quote_ident(a.attname), ', ' ORDER BY"
          + " a.attnum) AS cols FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
          + " WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relnamespace IN ("
          + USER_NS
          + ") AND c.relkind IN ('r', 'p', 'v', 'm', 'c') GROUP BY 1 ORDER BY c.oid::regclass::text COLLATE \"C\"";

  static Fingerprint of(PgOrm db) {
    List<String> lines =
        db.sql(SQL)
            .map((row, meta) -> row.get("line", String.class))
            .collectList()
            .block(Duration.ofSeconds(60));
    Map<String, String> order = new TreeMap<>();
    db.sql(ORDER)
        .map((row, meta) -> Map.entry(row.get("rel", String.class), row.get("cols", String.class)))
        .doOnNext(e -> order.put(e.getKey(), e.getValue()))
        .blockLast(Duration.ofSeconds(60));
    return new Fingerprint(lines == null ? List.of() : new ArrayList<>(lines), order);
  }

  /** The lines as one text, for readable assertion failures. */
  String text() {
    return String.join("\n", lines);
  }
}
