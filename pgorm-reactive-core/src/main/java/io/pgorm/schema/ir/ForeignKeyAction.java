package io.pgorm.schema.ir;

/** What a foreign key does when the referenced row changes. */
public enum ForeignKeyAction {
  /** NO ACTION (the default): fail, checkable at commit when deferred. */
  NO_ACTION,
  /** RESTRICT: fail at once. */
  RESTRICT,
  /** CASCADE. */
  CASCADE,
  /** SET NULL. */
  SET_NULL,
  /** SET DEFAULT. */
  SET_DEFAULT
}
