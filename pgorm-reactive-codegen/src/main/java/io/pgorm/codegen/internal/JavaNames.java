package io.pgorm.codegen.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How SQL names become Java names. A name is split into words at every character that is neither
 * letter nor digit and at case changes ({@code order_item}, {@code orderItem} and {@code
 * "OrderItem"} all give the words {@code order item}); types join the words capitalized ({@code
 * OrderItem}), members in camel case ({@code orderItem}), constants in upper snake case ({@code
 * ORDER_ITEM}). A name that would be a Java keyword, or a record component that would override a
 * method of {@code Object}, gets a trailing underscore; one that would start with a digit, a
 * leading underscore.
 */
public final class JavaNames {

  private static final Set<String> KEYWORDS =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "true",
          "false",
          "null",
          "_");

  /** Names a class may not have although they are no keywords. */
  private static final Set<String> RESTRICTED_TYPE_NAMES =
      Set.of("var", "yield", "record", "sealed", "permits");

  /** A record component of these names would declare an accessor that clashes with Object's. */
  private static final Set<String> OBJECT_METHODS =
      Set.of(
          "clone",
          "equals",
          "finalize",
          "getClass",
          "hashCode",
          "notify",
          "notifyAll",
          "toString",
          "wait");

  private JavaNames() {}

  /** {@code order_item} → {@code OrderItem}. */
  public static String typeName(String sqlName) {
    String joined =
        words(sqlName).stream().map(JavaNames::capitalize).collect(Collectors.joining());
    String name = leadingDigit(joined.isEmpty() ? "Unnamed" : joined);
    return RESTRICTED_TYPE_NAMES.contains(name) || KEYWORDS.contains(name) ? name + "_" : name;
  }

  /** {@code created_at} → {@code createdAt}; {@code class} → {@code class_}. */
  public static String memberName(String sqlName) {
    List<String> words = words(sqlName);
    StringBuilder name = new StringBuilder(words.isEmpty() ? "unnamed" : words.get(0));
    for (int i = 1; i < words.size(); i++) {
      name.append(capitalize(words.get(i)));
    }
    String result = leadingDigit(name.toString());
    return KEYWORDS.contains(result) || OBJECT_METHODS.contains(result) ? result + "_" : result;
  }

  /** {@code createdAt} → {@code CREATED_AT}; also for SQL names and enum labels. */
  public static String constantName(String name) {
    String joined =
        words(name).stream().map(w -> w.toUpperCase(Locale.ROOT)).collect(Collectors.joining("_"));
    return leadingDigit(joined.isEmpty() ? "EMPTY" : joined);
  }

  /** A package segment for a schema: {@code Sales-EU} → {@code sales_eu}. */
  public static String packageSegment(String schemaName) {
    String joined = String.join("_", words(schemaName));
    String name = leadingDigit(joined.isEmpty() ? "unnamed" : joined);
    return KEYWORDS.contains(name) ? name + "_" : name;
  }

  /** Whether {@code name} can name a class, field or record component as it is. */
  public static boolean isIdentifier(String name) {
    if (name.isEmpty()
        || KEYWORDS.contains(name)
        || !Character.isJavaIdentifierStart(name.charAt(0))) {
      return false;
    }
    return name.chars().allMatch(Character::isJavaIdentifierPart);
  }

  /** Whether {@code name} can name a record component (no clash with Object's methods). */
  public static boolean isComponentName(String name) {
    return isIdentifier(name) && !OBJECT_METHODS.contains(name);
  }

  /** Whether {@code name} can name a class. */
  public static boolean isTypeName(String name) {
    return isIdentifier(name) && !RESTRICTED_TYPE_NAMES.contains(name);
  }

  /** Whether {@code name} is a dotted sequence of identifiers. */
  public static boolean isPackageName(String name) {
    for (String segment : name.split("\\.", -1)) {
      if (!isIdentifier(segment)) {
        return false;
      }
    }
    return true;
  }

  /** The lower-case words of a name. */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int[] cps = name.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      if (!Character.isLetterOrDigit(c)) {
        flush(word, words);
        continue;
      }
      if (Character.isUpperCase(c) && word.length() > 0) {
        int prev = cps[i - 1];
        boolean next = i + 1 < cps.length && Character.isLowerCase(cps[i + 1]);
        // orderItem -> order|Item; HTTPLog -> HTTP|Log; but HTTP stays whole
        if (Character.isLowerCase(prev) || Character.isDigit(prev) || next) {
          flush(word, words);
        }
      }
      word.appendCodePoint(c);
    }
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
      word.setLength(0);
    }
  }

  private static String capitalize(String word) {
    int first = word.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toUpperCase(first))
        .append(word, Character.charCount(first), word.length())
        .toString();
  }

  private static String leadingDigit(String name) {
    return Character.isDigit(name.codePointAt(0)) ? "_" + name : name;
  }
}
