package io.pgorm.test;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: one fresh database per test class.
 *
 * <p>The server comes from {@link DatabaseResolver#forTests()}, once per JVM. Before the class's
 * tests the extension creates a database with a random name ({@link
 * DatabaseServer#createTestDatabase(String)}); after them, and after the class's {@code @AfterAll}
 * methods, it drops it and its {@link TestDatabase#appRole() application role}. {@code @Nested}
 * classes share their enclosing class's database.
 *
 * <p>Parameters of type {@link TestDatabase} (constructor, {@code @BeforeAll}, {@code @BeforeEach},
 * {@code @Test}, ...) receive the class's database; parameters of type {@link DatabaseServer}
 * receive the server.
 */
public final class PgDatabaseExtension
    implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

  private static final Namespace NAMESPACE = Namespace.create(PgDatabaseExtension.class);
  private static final String SERVER = "server";
  private static final String DATABASE = "database";

  /** Creates the extension; JUnit does this for {@link PgTest} and {@code @ExtendWith}. */
  public PgDatabaseExtension() {}

  /** Creates the class's database, unless an enclosing class's serves it. */
  @Override
  public void beforeAll(ExtensionContext context) {
    database(context);
  }

  /**
   * Drops the database and role this class created; a {@code @Nested} class's call does nothing.
   */
  @Override
  public void afterAll(ExtensionContext context) {
    // remove() looks at this context's own store only, so only the creating class drops.
    TestDatabase database = context.getStore(NAMESPACE).remove(DATABASE, TestDatabase.class);
    if (database != null) {
      database.close();
    }
  }

  /** Whether the parameter is a {@link TestDatabase} or a {@link DatabaseServer}. */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == TestDatabase.class || type == DatabaseServer.class;
  }

  /** The class's database, or the server. */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == DatabaseServer.class
        ? server(context)
        : database(context);
  }

  private static TestDatabase database(ExtensionContext context) {
    ExtensionContext classContext = classContext(context);
    // getOrComputeIfAbsent also looks in enclosing contexts: a @Nested class finds its outer's.
    // Creating here too (not only in beforeAll) serves constructors under PER_CLASS lifecycle.
    return classContext
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            DATABASE,
            key ->
                server(classContext)
                    .createTestDatabase(classContext.getRequiredTestClass().getSimpleName()),
            TestDatabase.class);
  }

  private static DatabaseServer server(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            SERVER, key -> DatabaseResolver.forTests().resolve(), DatabaseServer.class);
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
      current = current.getParent().get();
    }
    return current;
  }
}
