package io.pgorm.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The application role: no superuser, no RLS bypass, can log in and build in schema public. */
@PgTest
class AppRoleTest {

  @BeforeAll
  static void tenantsWithPolicy(TestDatabase db) {
    // The superuser sets up the schema, as migrations would, before the role exists.
    TestSql.query(
        db.connectionFactory(),
        "CREATE TABLE note (id serial PRIMARY KEY, tenant text NOT NULL, body text)",
        "ALTER TABLE note ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY by_tenant ON note USING (tenant = current_setting('app.tenant', true))",
        "INSERT INTO note (tenant, body) VALUES ('a', 'a1'), ('a', 'a2'), ('b', 'b1')");
  }

  @Test
  void isNeitherSuperuserNorExemptFromRowLevelSecurity(TestDatabase db) {
    DatabaseRole role = db.appRole();

    assertThat(
            TestSql.query(
                db.connectionFactory(),
                "SELECT rolsuper || ' ' || rolbypassrls || ' ' || rolcreatedb || ' '"
                    + " || rolcreaterole || ' ' || rolcanlogin FROM pg_roles"
                    + " WHERE rolname = '"
                    + role.user()
                    + "'"))
        .containsExactly("false false false false true");
    assertThat(role.user()).matches("pgorm_app_[a-z0-9]{10}");
    assertThat(role.database()).isEqualTo(db.name());
    assertThat(role.url())
        .isEqualTo(
            "postgresql://"
                + role.user()
                + ":"
                + role.password()
                + "@"
                + db.host()
                + ":"
                + db.port()
                + "/"
                + db.name());
  }

  @Test
  void isTheSameRoleOnEveryCall(TestDatabase db) {
    assertThat(db.appRole()).isSameAs(db.appRole());
  }

  @Test
  void rowLevelSecurityAppliesToTheRoleButNotToTheSuperuser(TestDatabase db) {
    assertThat(
            TestSql.query(
                db.appRole().connectionFactory(),
                "SELECT set_config('app.tenant', 'a', false)",
                "SELECT string_agg(body, ',' ORDER BY id) FROM note"))
        .containsExactly("a", "a1,a2");
    assertThat(TestSql.query(db.connectionFactory(), "SELECT count(*) FROM note"))
        .containsExactly("3");
  }

  @Test
  void canLogInAndCreateTablesInSchemaPublic(TestDatabase db) {
    assertThat(
            TestSql.query(
                db.appRole().connectionFactory(),
                "CREATE TABLE mine (id int)",
                "INSERT INTO mine VALUES (1), (2)",
                "SELECT current_user || ' ' || sum(id) FROM public.mine"))
        .containsExactly(db.appRole().user() + " 3");
  }

  @Test
  void getsRightsOnTablesTheSuperuserCreatesLater(TestDatabase db) {
    db.appRole();
    TestSql.query(db.connectionFactory(), "CREATE TABLE later (id bigserial, v text)", "SELECT 1");

    assertThat(
            TestSql.query(
                db.appRole().connectionFactory(),
                "INSERT INTO later (v) VALUES ('x')",
                "SELECT count(*) FROM later"))
        .containsExactly("1");
  }
}
