package io.pgorm.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Random and mutated schema text: the parser either accepts it or throws its own {@link
 * SchemaException} with well-formed diagnostics; never another exception, never a hang.
 */
class ParserFuzzTest {

  private static final Duration LIMIT = Duration.ofSeconds(5);

  private static final String SEED = resource("/schema/everything.pgorm");

  private static final List<String> FRAGMENTS =
      List.of(
          "model ",
          "enum ",
          "type ",
          "domain ",
          "view ",
          "function ",
          "trigger ",
          "partition ",
          "schema ",
          "grant ",
          "{",
          "}",
          "(",
          ")",
          "[",
          "]",
          "@",
          "@@",
          "@default(",
          "@@index([",
          "where: ",
          "'",
          "\"",
          "$$",
          "$x$",
          "--",
          "//",
          "///",
          "/*",
          "*/",
          "\n",
          ",",
          ":",
          "?",
          "[]",
          "check (",
          "as ",
          "on ",
          " ",
          "\t",
          "\r\n",
          "é",
          "\u0000",
          "-1",
          "1e",
          "x.y.z.w",
          "with &&",
          "nulls ",
          "interval day to ",
          "double ",
          "timestamp(3) with ");

  @Property(tries = 300)
  void randomTextOnlyFailsWithSchemaException(@ForAll("randomText") String text) {
    check(text);
  }

  @Property(tries = 500)
  void mutatedSchemaOnlyFailsWithSchemaException(@ForAll("mutated") String text) {
    check(text);
  }

  /**
   * Valid schemas, printed from generated IRs, then broken line by line: lines dropped or doubled,
   * words swapped for other words of the file. Mostly the syntax stays right, so this reaches name
   * resolution and validation.
   */
  @Property(tries = 300)
  void brokenValidSchemasOnlyFailWithSchemaException(@ForAll long seed) {
    java.util.Random r = new java.util.Random(seed);
    String text = Schemas.print(new io.pgorm.schema.gen.IrGenerator(seed).generate());
    List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
    List<String> words = new java.util.ArrayList<>(List.of(text.split("[^A-Za-z0-9_]+")));
    for (int edits = 1 + r.nextInt(4); edits > 0 && !lines.isEmpty(); edits--) {
      int at = r.nextInt(lines.size());
      switch (r.nextInt(3)) {
        case 0 -> lines.remove(at);
        case 1 -> lines.add(at, lines.get(at));
        default -> {
          String w = words.get(r.nextInt(words.size()));
          String other = words.get(r.nextInt(words.size()));
          if (!w.isEmpty()) {
            lines.set(at, lines.get(at).replace(w, other));
          }
        }
      }
    }
    check(String.join("\n", lines));
  }

  private static void check(String text) {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          try {
            Schemas.parse("fuzz.pgorm", text);
          } catch (SchemaException e) {
            assertThat(e.diagnostics()).isNotEmpty();
            String[] lines = text.split("\r\n|\r|\n", -1);
            for (Diagnostic d : e.diagnostics()) {
              assertThat(d.line()).isBetween(1, lines.length);
              assertThat(d.sourceLine()).isEqualTo(lines[d.line() - 1]);
              assertThat(d.column())
                  .isBetween(1, d.sourceLine().codePointCount(0, d.sourceLine().length()) + 1);
              assertThat(d.format()).startsWith("fuzz.pgorm:" + d.line() + ":" + d.column());
            }
          }
        });
  }

  @Provide
  Arbitrary<String> randomText() {
    Arbitrary<String> chars =
        Arbitraries.strings()
            .withChars("{}()[]@$'\",:?.;=-/*\\#&|<> \t\n")
            .withCharRange('a', 'z')
            .ofMaxLength(12);
    Arbitrary<String> pieces = Arbitraries.oneOf(chars, Arbitraries.of(FRAGMENTS));
    return pieces.list().ofMaxSize(200).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> mutated() {
    Arbitrary<Integer> at = Arbitraries.integers().between(0, SEED.length());
    Arbitrary<Integer> length = Arbitraries.integers().between(0, 40);
    Arbitrary<String> insert = Arbitraries.of(FRAGMENTS);
    Arbitrary<Integer> kind = Arbitraries.integers().between(0, 3);
    Arbitrary<Tuple.Tuple4<Integer, Integer, String, Integer>> edit =
        Combinators.combine(at, length, insert, kind).as(Tuple::of);
    return edit.list().ofMinSize(1).ofMaxSize(6).map(ParserFuzzTest::apply);
  }

  private static String apply(List<Tuple.Tuple4<Integer, Integer, String, Integer>> edits) {
    StringBuilder text = new StringBuilder(SEED);
    for (Tuple.Tuple4<Integer, Integer, String, Integer> e : edits) {
      int from = Math.min(e.get1(), text.length());
      int to = Math.min(from + e.get2(), text.length());
      switch (e.get4()) {
        case 0 -> text.delete(from, to);
        case 1 -> text.insert(from, e.get3());
        case 2 -> text.replace(from, to, e.get3());
        default -> text.insert(from, text.substring(from, to));
      }
    }
    return text.toString();
  }

  private static String resource(String name) {
    try (InputStream in = ParserFuzzTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
