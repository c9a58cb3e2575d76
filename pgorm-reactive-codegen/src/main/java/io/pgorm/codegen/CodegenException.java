package io.pgorm.codegen;

import java.util.List;

/**
 * The schema model cannot be turned into Java: names that clash or are no Java identifiers, types
 * without a Java mapping, relations whose join columns cannot be found. Carries every problem found
 * in one run.
 */
public final class CodegenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public CodegenException(List<String> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem, naming the schema object and what to change. */
  public List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems) {
    StringBuilder text =
        new StringBuilder("cannot generate Java code from the schema (")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem):" : " problems):");
    for (String problem : problems) {
      text.append("\n  ").append(problem);
    }
    return text.toString();
  }
}
