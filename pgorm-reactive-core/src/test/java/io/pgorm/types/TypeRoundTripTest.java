package io.pgorm.types;

import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every mapping of the registry against the real server: bind the Java value, read the native
 * column back, and decode the column's {@code to_jsonb} form to the same value.
 */
@PgTest
class TypeRoundTripTest {

  private static RoundTrip roundTrip;

  @BeforeAll
  static void open(TestDatabase db) {
    roundTrip = RoundTrip.open(db, TypeFixtures.registry());
  }

  @AfterAll
  static void close() {
    roundTrip.close();
  }

  static Stream<TypeCase> numbers() {
    return NumberCases.cases();
  }

  static Stream<TypeCase> texts() {
    return TextCases.cases();
  }

  static Stream<TypeCase> temporals() {
    return TemporalCases.cases();
  }

  static Stream<TypeCase> ranges() {
    return RangeCases.cases();
  }

  static Stream<TypeCase> networkAndOthers() {
    return NetworkCases.cases();
  }

  static Stream<TypeCase> arrays() {
    return ArrayCases.cases();
  }

  static Stream<TypeCase> userTypes() {
    return UserTypeCases.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("numbers")
  void number(TypeCase c) {
    roundTrip.check(c);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void text(TypeCase c) {
    roundTrip.check(c);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("temporals")
  void temporal(TypeCase c) {
    roundTrip.check(c);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ranges")
  void range(TypeCase c) {
    roundTrip.check(c);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("networkAndOthers")
  void networkAndOther(TypeCase c) {
    roundTrip.check(c);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("arrays")
  void array(TypeCase c) {
    roundTrip.check(c);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("userTypes")
  void userType(TypeCase c) {
    roundTrip.check(c);
  }
}
