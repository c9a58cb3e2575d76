package io.pgorm.schema.internal.lower;

import io.pgorm.schema.internal.Reporter;
import io.pgorm.schema.internal.Source;
import io.pgorm.schema.internal.ast.Pos;

/** Where lowering reports: the reporter and the file of the declaration at hand. */
final class Ctx {

  final Reporter reporter;
  final Source source;

  Ctx(Reporter reporter, Source source) {
    this.reporter = reporter;
    this.source = source;
  }

  void error(Pos pos, String message) {
    reporter.error(source, pos, message);
  }
}
