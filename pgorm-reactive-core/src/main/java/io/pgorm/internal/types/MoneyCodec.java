package io.pgorm.internal.types;

import io.pgorm.types.PgMoney;
import java.math.BigDecimal;

/**
 * {@code money}: {@link PgMoney}. The server prints it in its locale ({@code $1,234.56}), also in
 * {@code to_jsonb}; it is read by counting digits, and written as a plain number with the server's
 * decimal mark, so that no currency symbol or grouping is ever parsed by the server.
 */
final class MoneyCodec implements TextCodec {

  static final MoneyCodec INSTANCE = new MoneyCodec();

  private MoneyCodec() {}

  @Override
  public Class<?> javaType() {
    return PgMoney.class;
  }

  @Override
  public Object parse(String text, SessionFormat session) {
    return PgMoney.parse(text, session.moneyFractionDigits());
  }

  @Override
  public String format(Object value, SessionFormat session) {
    BigDecimal amount;
    if (value instanceof PgMoney m) {
      amount = m.amount();
    } else if (value instanceof BigDecimal d) {
      amount = d;
    } else {
      throw new IllegalArgumentException("expected PgMoney, got " + value.getClass().getName());
    }
    return amount.toPlainString().replace('.', session.moneyDecimalMark());
  }
}
