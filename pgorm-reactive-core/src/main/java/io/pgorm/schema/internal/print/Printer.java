package io.pgorm.schema.internal.print;

import io.pgorm.schema.ir.SchemaModel;

/** Prints an IR as canonical schema text. */
public final class Printer {

  private Printer() {}

  public static String print(SchemaModel model) {
    throw new UnsupportedOperationException("not yet");
  }
}
