package io.pgorm.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.query.meta.Cardinality;
import io.pgorm.query.meta.ColumnMeta;
import io.pgorm.query.meta.JavaTypes;
import io.pgorm.query.meta.RelationMeta;
import io.pgorm.query.meta.TableMeta;
import io.pgorm.query.meta.TableName;
import io.pgorm.types.PgEnum;
import io.pgorm.types.PgRange;
import io.pgorm.types.TypeRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GeneratedCodeCompilesTest {

  static GeneratedSources sources;
  static ClassLoader loader;

  /** Kept under target/ to read after a run. */
  @BeforeAll
  static void generateAndCompile() throws Exception {
    Path dir = Compiler.cleanDirectory("shop");
    sources =
        CodeGenerator.create(
                CodegenOptions.builder("com.example.shop").sourceName("shop.pgorm").build())
            .generate(ShopModel.model());
    loader = Compiler.compile(sources, dir);
  }

  @Test
  void everyModelEnumAndCompositeHasItsFile() {
    assertThat(sources.files())
        .extracting(GeneratedFile::path)
        .containsExactly(
            "com/example/shop/Account.java",
            "com/example/shop/AccountRepository.java",
            "com/example/shop/AccountTable.java",
            "com/example/shop/ActiveAccount.java",
            "com/example/shop/ActiveAccountView.java",
            "com/example/shop/Address.java",
            "com/example/shop/AllTypes.java",
            "com/example/shop/AllTypesTable.java",
            "com/example/shop/List.java",
            "com/example/shop/ListTable.java",
            "com/example/shop/Post.java",
            "com/example/shop/PostRepository.java",
            "com/example/shop/PostTable.java",
            "com/example/shop/PostTag.java",
            "com/example/shop/PostTagRepository.java",
            "com/example/shop/PostTagTable.java",
            "com/example/shop/Role.java",
            "com/example/shop/SchemaTypes.java",
            "com/example/shop/Settings.java",
            "com/example/shop/SettingsRepository.java",
            "com/example/shop/SettingsTable.java",
            "com/example/shop/String.java",
            "com/example/shop/StringTable.java",
            "com/example/shop/Tag.java",
            "com/example/shop/TagRepository.java",
            "com/example/shop/TagTable.java",
            "com/example/shop/billing/Invoice.java",
            "com/example/shop/billing/InvoiceRepository.java",
            "com/example/shop/billing/InvoiceStatus.java",
            "com/example/shop/billing/InvoiceTable.java",
            "com/example/shop/billing/InvoiceTotals.java",
            "com/example/shop/billing/InvoiceTotalsView.java");
  }

  @Test
  void tablesWithAKeyGetARepositoryOnTheGenericBase() throws Exception {
    Class<?> accounts = loader.loadClass("com.example.shop.AccountRepository");
    java.lang.reflect.ParameterizedType base =
        (java.lang.reflect.ParameterizedType) accounts.getGenericSuperclass();
    assertThat(base.getRawType().getTypeName())
        .isEqualTo("io.pgorm.query.repository.BaseRepository");
    assertThat(base.getActualTypeArguments())
        .extracting(java.lang.reflect.Type::getTypeName)
        .containsExactly("com.example.shop.Account", UUID.class.getName());
    assertThat(accounts.getConstructor(io.pgorm.query.QueryClient.class)).isNotNull();
    assertThat(
            accounts
                .getMethod(
                    "findAllWithPosts",
                    io.pgorm.query.expr.Condition.class,
                    io.pgorm.query.expr.SortField[].class)
                .isVarArgs())
        .isTrue();
    // A two-column key: a nested Id record of the key columns, in key order.
    Class<?> postTags = loader.loadClass("com.example.shop.PostTagRepository");
    Class<?> id = loader.loadClass("com.example.shop.PostTagRepository$Id");
    assertThat(id.isRecord()).isTrue();
    assertThat(id.getRecordComponents())
        .extracting(c -> c.getName() + ":" + c.getType().getSimpleName())
        .containsExactly("postId:Long", "tagId:Long");
    assertThat(
            ((java.lang.reflect.ParameterizedType) postTags.getGenericSuperclass())
                .getActualTypeArguments()[1])
        .isEqualTo(id);
    String source =
        sources.files().stream()
            .filter(f -> f.path().equals("com/example/shop/PostTagRepository.java"))
            .findFirst()
            .orElseThrow()
            .content();
    assertThat(source)
        .contains("Key.composite(Id.class, PostTagTable.POST_ID,")
        .contains("public record Id(Long postId, Long tagId)");
    // Views and tables without a primary key get none.
    assertThat(sources.files())
        .extracting(GeneratedFile::path)
        .doesNotContain(
            "com/example/shop/ActiveAccountViewRepository.java",
            "com/example/shop/ActiveAccountRepository.java",
            "com/example/shop/ListRepository.java");
  }

  @Test
  void metamodelDescribesTheTable() throws Exception {
    TableMeta<?> account = table("AccountTable");
    assertThat(account.name()).isEqualTo(new TableName("public", "account"));
    assertThat(account.recordType().getName()).isEqualTo("com.example.shop.Account");
    assertThat(account.columns())
        .extracting(ColumnMeta::name)
        .containsExactly("id", "email", "role", "tags", "profile", "home", "created_at");
    assertThat(account.primaryKey()).extracting(ColumnMeta::name).containsExactly("id");
    ColumnMeta<?, ?> id = account.columns().get(0);
    assertThat(id)
        .isEqualTo(
            new ColumnMeta<Object, UUID>(
                account.name(), "id", "id", "uuid", UUID.class, false, true, false));
    ColumnMeta<?, ?> tags = account.columns().get(3);
    assertThat(tags.javaType()).isEqualTo(JavaTypes.parameterized(List.class, String.class));
    assertThat(account.columns().get(6).sqlType()).isEqualTo("timestamptz(3)");
    assertThat(account.columns().get(5).javaType().getTypeName())
        .isEqualTo("com.example.shop.Address");
  }

  @Test
  void identityAndGeneratedColumnsAreComputedByTheServer() throws Exception {
    TableMeta<?> post = table("PostTable");
    assertThat(post.column("id").orElseThrow().generated()).isTrue();
    assertThat(post.column("search").orElseThrow().generated()).isTrue();
    assertThat(post.column("body").orElseThrow().defaulted()).isFalse();
    assertThat(post.column("at").orElseThrow().javaName()).isEqualTo("publishedAt");
    assertThat(post.column("grid").orElseThrow().javaType())
        .isEqualTo(
            JavaTypes.parameterized(
                List.class, JavaTypes.parameterized(List.class, Integer.class)));
    assertThat(post.column("grid").orElseThrow().sqlType()).isEqualTo("integer[][]");
    assertThat(table("TagTable").column("id").orElseThrow().defaulted()).isTrue();
  }

  @Test
  void recordComponentsFollowColumnOrder() throws Exception {
    Class<?> account = loader.loadClass("com.example.shop.Account");
    assertThat(account.isRecord()).isTrue();
    assertThat(account.getRecordComponents())
        .extracting(c -> c.getName() + ":" + c.getGenericType().getTypeName())
        .containsExactly(
            "id:java.util.UUID",
            "email:java.lang.String",
            "role:com.example.shop.Role",
            "tags:java.util.List<java.lang.String>",
            "profile:com.fasterxml.jackson.databind.JsonNode",
            "home:com.example.shop.Address",
            "createdAt:java.time.OffsetDateTime");
  }

  @Test
  void relationsJoinOnTheirKeys() throws Exception {
    Map<String, RelationMeta<?, ?>> account = relations("AccountTable");
    assertThat(account).containsOnlyKeys("POSTS", "SETTINGS", "INVOICES");
    RelationMeta<?, ?> posts = account.get("POSTS");
    assertThat(posts.cardinality()).isEqualTo(Cardinality.ONE_TO_MANY);
    assertThat(posts.sourceColumns())
        .extracting(ColumnMeta::toString)
        .containsExactly("public.account.id");
    assertThat(posts.targetColumns())
        .extracting(ColumnMeta::toString)
        .containsExactly("public.post.author_id");
    RelationMeta<?, ?> settings = account.get("SETTINGS");
    assertThat(settings.targetColumns())
        .extracting(ColumnMeta::toString)
        .containsExactly("public.account_settings.account_id");
    assertThat(account.get("INVOICES").target().name())
        .isEqualTo(new TableName("billing", "invoice"));

    RelationMeta<?, ?> tags = relations("PostTable").get("TAGS");
    assertThat(tags.cardinality()).isEqualTo(Cardinality.MANY_TO_MANY);
    assertThat(tags.sourceColumns())
        .extracting(ColumnMeta::toString)
        .containsExactly("public.post.id");
    assertThat(tags.through().sourceColumns())
        .extracting(ColumnMeta::toString)
        .containsExactly("public.post_tag.post_id");
    assertThat(tags.through().targetColumns())
        .extracting(ColumnMeta::toString)
        .containsExactly("public.post_tag.tag_id");
    assertThat(tags.targetColumns())
        .extracting(ColumnMeta::toString)
        .containsExactly("public.tag.id");

    RelationMeta<?, ?> author = relations("PostTable").get("AUTHOR");
    assertThat(author.cardinality()).isEqualTo(Cardinality.MANY_TO_ONE);
    assertThat(author.sourceColumns())
        .extracting(ColumnMeta::toString)
        .containsExactly("public.post.author_id");
    RelationMeta<?, ?> invoiceAccount = relations("billing.InvoiceTable").get("ACCOUNT");
    assertThat(invoiceAccount.sourceColumns())
        .extracting(ColumnMeta::toString)
        .containsExactly("billing.invoice.account_id");
  }

  @Test
  void enumsKeepTheirLabels() throws Exception {
    Class<?> role = loader.loadClass("com.example.shop.Role");
    assertThat(role.getEnumConstants())
        .extracting(Object::toString)
        .containsExactly("ADMIN", "MEMBER", "GUEST", "IN_PROGRESS", "_2FA", "IN_PROGRESS_2");
    Object inProgress = role.getMethod("fromPgLabel", String.class).invoke(null, "In-Progress");
    assertThat(((PgEnum) inProgress).pgLabel()).isEqualTo("In-Progress");
    assertThat(inProgress).hasToString("IN_PROGRESS_2");
  }

  @Test
  void hostileNamesStillCompile() throws Exception {
    TableMeta<?> list = table("ListTable");
    assertThat(list.columns())
        .extracting(ColumnMeta::javaName)
        .containsExactly(
            "class_",
            "hashCode_",
            "table",
            "tableName",
            "_2fa",
            "orderTotal",
            "httpStatus",
            "uuid");
    Class<?> meta = loader.loadClass("com.example.shop.ListTable");
    assertThat(meta.getField("TABLE_").get(null)).isEqualTo(list.columns().get(2));
    assertThat(meta.getField("TABLE_NAME_").get(null)).isEqualTo(list.columns().get(3));
    assertThat(meta.getField("_2FA").get(null)).isEqualTo(list.columns().get(4));
    assertThat(meta.getField("HTTP_STATUS").get(null)).isEqualTo(list.columns().get(6));
  }

  /** A view's record has nullable components; its metamodel is read-only. */
  @Test
  void viewsGetRecordsAndReadOnlyMetamodels() throws Exception {
    TableMeta<?> view = table("ActiveAccountView");
    assertThat(view.readOnly()).isTrue();
    assertThat(view.primaryKey()).isEmpty();
    assertThat(view.columns())
        .allSatisfy(c -> assertThat(c.nullable() && c.generated() && !c.defaulted()).isTrue());
    Class<?> record = loader.loadClass("com.example.shop.ActiveAccount");
    assertThat(record.getRecordComponents()[1].getAnnotatedType().getType())
        .isEqualTo(String.class);
    TableMeta<?> totals = table("billing.InvoiceTotalsView");
    assertThat(totals.name()).isEqualTo(new TableName("billing", "totals"));
    assertThat(totals.recordType().getName()).isEqualTo("com.example.shop.billing.InvoiceTotals");
  }

  /** SchemaTypes registers the generated enums, composites and domains with the type registry. */
  @Test
  void schemaTypesMakeARegistryThatDecodesUserTypes() throws Exception {
    TypeRegistry registry =
        (TypeRegistry)
            loader.loadClass("com.example.shop.SchemaTypes").getMethod("registry").invoke(null);
    var json = registry.objectMapper();
    assertThat(registry.decodeJson("public.role", json.readTree("\"In-Progress\"")))
        .hasToString("IN_PROGRESS_2");
    assertThat(registry.decodeJson("billing.invoice_status", json.readTree("\"paid\"")))
        .hasToString("PAID");
    assertThat(
            registry.decodeJson(
                "public.address",
                json.readTree("{\"street\": \"Main 1\", \"zip\": null, \"lines\": [\"a\"]}")))
        .hasToString("Address[street=Main 1, zip=null, lines=[a]]");
    assertThat(registry.decodeJson("public.email", json.readTree("\"a@b\""))).isEqualTo("a@b");
    assertThat(registry.type("public.labels").javaType()).isEqualTo(List.class);
  }

  @Test
  void builtInTypesMapAsTheRegistrySays() throws Exception {
    TableMeta<?> all = table("AllTypesTable");
    assertThat(all.column("tstzrange").orElseThrow().javaType())
        .isEqualTo(JavaTypes.parameterized(PgRange.class, java.time.OffsetDateTime.class));
    assertThat(all.column("hstore").orElseThrow().javaType())
        .isEqualTo(JavaTypes.parameterized(Map.class, String.class, String.class));
    assertThat(all.column("money").orElseThrow().javaType())
        .isEqualTo(io.pgorm.types.PgMoney.class);
    assertThat(all.column("bytea").orElseThrow().javaType()).isEqualTo(byte[].class);
    assertThat(all.column("xid8").orElseThrow().javaType()).isEqualTo(String.class);
    assertThat(all.column("interval_array").orElseThrow().javaType())
        .isEqualTo(JavaTypes.parameterized(List.class, io.r2dbc.postgresql.codec.Interval.class));
  }

  static TableMeta<?> table(String simpleName) throws Exception {
    return (TableMeta<?>)
        loader.loadClass("com.example.shop." + simpleName).getField("TABLE").get(null);
  }

  static Map<String, RelationMeta<?, ?>> relations(String simpleName) throws Exception {
    Class<?> nested = loader.loadClass("com.example.shop." + simpleName + "$Relations");
    java.util.Map<String, RelationMeta<?, ?>> result = new java.util.TreeMap<>();
    for (java.lang.reflect.Field f : nested.getFields()) {
      result.put(f.getName(), (RelationMeta<?, ?>) f.get(null));
    }
    return result;
  }
}
