package io.pgorm.codegen.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaNamesTest {

  @ParameterizedTest
  @CsvSource({
    "account, Account",
    "order_item, OrderItem",
    "OrderItem, OrderItem",
    "orderItem, OrderItem",
    "HTTPLog, HttpLog",
    "ID, Id",
    "2fa_codes, _2faCodes",
    "Sales-EU report, SalesEuReport",
    "record, Record",
    "var, Var",
    "'', Unnamed",
    "---, Unnamed",
    "café_crème, CaféCrème"
  })
  void typeNames(String sql, String java) {
    assertThat(JavaNames.typeName(sql)).isEqualTo(java);
  }

  @ParameterizedTest
  @CsvSource({
    "created_at, createdAt",
    "id, id",
    "ID, id",
    "userId, userId",
    "HTTPStatus, httpStatus",
    "Order Total, orderTotal",
    "class, class_",
    "default, default_",
    "hashCode, hashCode_",
    "to_string, toString_",
    "get_class, getClass_",
    "2fa, _2fa",
    "record, record",
    "var, var"
  })
  void memberNames(String sql, String java) {
    assertThat(JavaNames.memberName(sql)).isEqualTo(java);
  }

  @ParameterizedTest
  @CsvSource({
    "createdAt, CREATED_AT",
    "created_at, CREATED_AT",
    "httpStatus, HTTP_STATUS",
    "in progress, IN_PROGRESS",
    "In-Progress, IN_PROGRESS",
    "2fa, _2FA",
    "'', EMPTY",
    "a2b, A2B",
    "ça va, ÇA_VA"
  })
  void constantNames(String name, String java) {
    assertThat(JavaNames.constantName(name)).isEqualTo(java);
  }

  @ParameterizedTest
  @CsvSource({"billing, billing", "Sales-EU, sales_eu", "public, public_", "2024, _2024"})
  void packageSegments(String schema, String segment) {
    assertThat(JavaNames.packageSegment(schema)).isEqualTo(segment);
  }

  @ParameterizedTest
  @CsvSource({
    "com.example.db, true",
    "db, true",
    "com..db, false",
    "com.class.db, false",
    "'', false",
    "com.2db, false"
  })
  void packageNames(String name, boolean valid) {
    assertThat(JavaNames.isPackageName(name)).isEqualTo(valid);
  }
}
