package io.pgorm.schema.internal;

/** The kinds of token of the schema language. */
enum TokenKind {
  IDENT("a name"),
  QIDENT("a quoted name"),
  STRING("a string"),
  NUMBER("a number"),
  DOLLAR("a dollar-quoted body"),
  DOC("a doc comment"),
  NEWLINE("end of line"),
  LBRACE("'{'"),
  RBRACE("'}'"),
  LPAREN("'('"),
  RPAREN("')'"),
  LBRACKET("'['"),
  RBRACKET("']'"),
  COMMA("','"),
  COLON("':'"),
  DOT("'.'"),
  QUESTION("'?'"),
  AT("'@'"),
  ATAT("'@@'"),
  EQ("'='"),
  SEMI("';'"),
  OP("an operator"),
  EOF("end of file");

  final String display;

  TokenKind(String display) {
    this.display = display;
  }
}
