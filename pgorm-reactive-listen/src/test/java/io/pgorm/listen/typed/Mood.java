package io.pgorm.listen.typed;

/** {@code app.mood}, as generated code maps it (not registered with the type registry). */
public enum Mood {
  HAPPY,
  SAD
}
