package io.pgorm.codegen;

import io.pgorm.codegen.internal.JavaNames;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What to generate into: the base package, and the schema file's name for the file headers. */
public final class CodegenOptions {

  private final String basePackage;
  private final @Nullable String sourceName;

  private CodegenOptions(Builder builder) {
    this.basePackage = Objects.requireNonNull(builder.basePackage, "basePackage");
    this.sourceName = builder.sourceName;
  }

  /** A builder whose base package is {@code basePackage}. */
  public static Builder builder(String basePackage) {
    return new Builder(basePackage);
  }

  /** Options with this base package and nothing else set. */
  public static CodegenOptions of(String basePackage) {
    return builder(basePackage).build();
  }

  /** The package of the objects in schema {@code public}; other schemas get sub-packages. */
  public String basePackage() {
    return basePackage;
  }

  /** The schema file's name as the file headers mention it, or {@code null}. */
  public @Nullable String sourceName() {
    return sourceName;
  }

  /** Builds {@link CodegenOptions}. */
  public static final class Builder {

    private String basePackage;
    private @Nullable String sourceName;

    private Builder(String basePackage) {
      this.basePackage = basePackage;
    }

    /** The package of the objects in schema {@code public} (required, no default). */
    public Builder basePackage(String value) {
      this.basePackage = value;
      return this;
    }

    /**
     * The schema file's name, e.g. {@code shop.pgorm}, that each generated file's header names
     * (default: none, and the header says "a schema model"). Give a file name, not a path: the
     * output must not depend on where the build runs.
     */
    public Builder sourceName(@Nullable String value) {
      this.sourceName = value;
      return this;
    }

    /**
     * The options.
     *
     * @throws IllegalArgumentException when the base package is no Java package name
     */
    public CodegenOptions build() {
      if (!JavaNames.isPackageName(basePackage)) {
        throw new IllegalArgumentException(
            "base package '" + basePackage + "' is not a Java package name (e.g. com.example.db)");
      }
      return new CodegenOptions(this);
    }
  }
}
