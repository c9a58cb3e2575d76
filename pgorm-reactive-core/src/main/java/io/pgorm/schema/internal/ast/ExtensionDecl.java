package io.pgorm.schema.internal.ast;

import org.jspecify.annotations.Nullable;

/** {@code extension postgis schema gis version '3.4'}. */
public record ExtensionDecl(
    @Nullable String doc, Ident name, @Nullable Ident schema, @Nullable String version, Pos pos)
    implements Decl {}
