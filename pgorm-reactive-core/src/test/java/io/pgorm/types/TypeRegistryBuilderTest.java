package io.pgorm.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgorm.types.TypeFixtures.Address;
import io.pgorm.types.TypeFixtures.Mood;
import io.pgorm.types.TypeFixtures.OtherMood;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeRegistryBuilderTest {

  record Point3(int x, int y, String z) {}

  record Node(String name, Node next) {}

  @Test
  void userTypesAreKnownByQualifiedNameOnly() {
    TypeRegistry r = TypeFixtures.registry();
    assertThat(r.type("app.mood").javaType()).isEqualTo(Mood.class);
    assertThat(r.type("other.mood").javaType()).isEqualTo(OtherMood.class);
    assertThat(r.type("App.Mood").name()).isEqualTo("app.mood");
    assertThat(r.type("\"app\".\"mood\"[]").name()).isEqualTo("app.mood[]");
    assertThat(r.type("app.address").kind()).isEqualTo(PgType.Kind.COMPOSITE);
    assertThat(r.find("mood")).isEmpty();
    assertThat(TypeRegistry.builtIn().find("app.mood")).isEmpty();
  }

  @Test
  void quotedNamesKeepTheirCase() {
    TypeRegistry r = TypeRegistry.builder().enumType("\"Sales\".\"Mood\"", Mood.class).build();
    assertThat(r.type("\"Sales\".\"Mood\"").name()).isEqualTo("\"Sales\".\"Mood\"");
    assertThat(r.find("sales.mood")).isEmpty();
  }

  @Test
  void anUnqualifiedNameIsRefused() {
    assertThatThrownBy(() -> TypeRegistry.builder().enumType("mood", Mood.class).build())
        .isInstanceOf(TypeMappingException.class)
        .hasMessage(
            "Cannot register the type mood as io.pgorm.types.TypeFixtures$Mood: the enum type name"
                + " must be schema.name. Hint: write e.g. public.mood: types of the same name in"
                + " two schemas would collide.");
  }

  @Test
  void aTypeOrAClassMappedTwiceIsRefused() {
    assertThatThrownBy(
            () ->
                TypeRegistry.builder()
                    .enumType("app.mood", Mood.class)
                    .enumType("app.mood", OtherMood.class)
                    .build())
        .hasMessage(
            "Cannot register the type app.mood as io.pgorm.types.TypeFixtures$OtherMood: the type"
                + " app.mood is registered twice.");
    assertThatThrownBy(
            () ->
                TypeRegistry.builder()
                    .enumType("app.mood", Mood.class)
                    .enumType("other.mood", Mood.class)
                    .build())
        .hasMessage(
            "Cannot register the type other.mood as io.pgorm.types.TypeFixtures$Mood:"
                + " io.pgorm.types.TypeFixtures$Mood is already mapped to app.mood. Hint: map each"
                + " Java enum to one PostgreSQL type.");
  }

  @Test
  void compositeAttributesMustMatchTheRecord() {
    assertThatThrownBy(
            () ->
                TypeRegistry.builder()
                    .compositeType(
                        "app.p", Point3.class, List.of(CompositeAttribute.of("x", "int")))
                    .build())
        .hasMessage(
            "Cannot register the type app.p as io.pgorm.types.TypeRegistryBuilderTest$Point3:"
                + " Point3 has 3 components but 1 attributes are listed. Hint: list one attribute"
                + " per record component, in the same order.");
    assertThatThrownBy(
            () ->
                TypeRegistry.builder()
                    .compositeType(
                        "app.p",
                        Point3.class,
                        List.of(
                            CompositeAttribute.of("x", "int"),
                            CompositeAttribute.of("y", "bigint"),
                            CompositeAttribute.of("z", "text")))
                    .build())
        .hasMessage(
            "Cannot register the type app.p as io.pgorm.types.TypeRegistryBuilderTest$Point3:"
                + " component y is int but attribute y (bigint) reads as Long. Hint: declare the"
                + " component as Long.");
    assertThatThrownBy(
            () ->
                TypeRegistry.builder()
                    .compositeType(
                        "app.a",
                        Address.class,
                        List.of(
                            CompositeAttribute.of("street", "text"),
                            CompositeAttribute.of("zip", "text"),
                            CompositeAttribute.of("tags", "text[]"),
                            CompositeAttribute.of("mood", "app.mood")))
                    .build())
        .hasMessage(
            "Cannot register the type app.a as io.pgorm.types.TypeFixtures$Address: attribute mood"
                + " has the unknown type 'app.mood'. Hint: register user types it uses too, by"
                + " their schema-qualified name.");
  }

  @Test
  void domainsMapAsTheirBaseType() {
    TypeRegistry r = TypeFixtures.registry();
    PgType email = r.type("app.email");
    assertThat(email.kind()).isEqualTo(PgType.Kind.DOMAIN);
    assertThat(email.javaType()).isEqualTo(String.class);
    assertThat(email.element()).isEqualTo(r.type("citext"));
    assertThat(email.bindMode()).isEqualTo(PgType.BindMode.TYPED);
    assertThat(r.type("app.tags").javaType()).isEqualTo(List.class);
    assertThat(r.type("app.cheerful").javaType()).isEqualTo(Mood.class);
    assertThatThrownBy(() -> TypeRegistry.builder().domainType("app.d", "app.nothing").build())
        .hasMessage(
            "Cannot register the type app.d as app.nothing: the base type 'app.nothing' is unknown."
                + " Hint: register user types it uses too, by their schema-qualified name.");
    assertThatThrownBy(() -> TypeRegistry.builder().domainType("email", "citext").build())
        .hasMessage(
            "Cannot register the type email as citext: the domain type name must be schema.name."
                + " Hint: write e.g. public.email: types of the same name in two schemas would"
                + " collide.");
  }

  @Test
  void aCompositeThatContainsItselfIsRefused() {
    assertThatThrownBy(
            () ->
                TypeRegistry.builder()
                    .compositeType(
                        "app.node",
                        Node.class,
                        List.of(
                            CompositeAttribute.of("name", "text"),
                            CompositeAttribute.of("next", "app.node")))
                    .build())
        .hasMessage(
            "Cannot register the type app.node as io.pgorm.types.TypeRegistryBuilderTest$Node: it"
                + " contains itself through its attributes.");
  }
}
