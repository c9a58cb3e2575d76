package io.pgorm.types;

import static io.pgorm.types.TypeCase.of;

import io.pgorm.types.TypeFixtures.Address;
import io.pgorm.types.TypeFixtures.Mood;
import io.pgorm.types.TypeFixtures.OtherMood;
import io.pgorm.types.TypeFixtures.Person;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** User enums (same bare name in two schemas) and composites (nested, with arrays, NULLs). */
final class UserTypeCases {

  private UserTypeCases() {}

  static Stream<TypeCase> cases() {
    Address home = new Address("1 Main St, \"Apt\" (2)", "12345", List.of("a", "b c"), Mood.SO_SO);
    Address empty = new Address(null, null, null, null);
    Address blank = new Address("", "", List.of(), Mood.HAPPY);
    return Stream.of(
        of("app.mood", Mood.HAPPY),
        of("app.mood", Mood.SO_SO),
        of("other.mood", OtherMood.HAPPY),
        of("other.mood", OtherMood.MEH),
        of("app.mood[]", Arrays.asList(Mood.SAD, null, Mood.HAPPY)),
        of("other.mood[]", List.of(OtherMood.MEH)),
        of("app.address", home),
        of("app.address", empty).label("all fields NULL"),
        of("app.address", blank).label("empty strings and array"),
        of("app.person", new Person("Ann", home, List.of(empty, blank), 42)),
        of("app.person", new Person("Bob", null, null, 0)),
        of("app.address[]", Arrays.asList(home, null)),
        of("\"app\".\"address\"", home).label("quoted name"),
        of("app.email", "Ann@Example.com"),
        of("app.email[]", List.of("a@b", "c@d")),
        of("app.positive", 7),
        of("app.tags", List.of("x", "y z")),
        of("app.cheerful", Mood.SO_SO),
        TypeCase.ofNull("app.email"),
        TypeCase.ofNull("app.mood"),
        TypeCase.ofNull("app.address"));
  }
}
