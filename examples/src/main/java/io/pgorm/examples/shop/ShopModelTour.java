package io.pgorm.examples.shop;

import io.pgorm.examples.shop.db.AccountTable;
import io.pgorm.examples.shop.db.ActiveAccountView;
import io.pgorm.examples.shop.db.Address;
import io.pgorm.examples.shop.db.LoyaltyCardTable;
import io.pgorm.examples.shop.db.OrderItemTable;
import io.pgorm.examples.shop.db.OrderStatus;
import io.pgorm.examples.shop.db.Orders;
import io.pgorm.examples.shop.db.OrdersTable;
import io.pgorm.examples.shop.db.PageViewTable;
import io.pgorm.examples.shop.db.PickupSlotTable;
import io.pgorm.examples.shop.db.ProductSalesView;
import io.pgorm.examples.shop.db.ProductTable;
import io.pgorm.examples.shop.db.ProductTagTable;
import io.pgorm.examples.shop.db.ReviewTable;
import io.pgorm.examples.shop.db.SchemaTypes;
import io.pgorm.examples.shop.db.SessionTable;
import io.pgorm.examples.shop.db.TagTable;
import io.pgorm.examples.shop.db.TypeZooTable;
import io.pgorm.examples.shop.db.billing.InvoiceTable;
import io.pgorm.examples.shop.db.billing.RegionTable;
import io.pgorm.query.meta.ColumnMeta;
import io.pgorm.query.meta.RelationMeta;
import io.pgorm.query.meta.TableMeta;
import io.pgorm.types.TypeRegistry;
import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A tour of the code generated from {@code shop.pgorm}: its models with their columns and
 * relations, read from the metamodel; a record built by hand; the type registry that knows the
 * schema's enums and composites. {@code main} prints the tour; {@code ShopModelTourTest} runs it.
 */
public final class ShopModelTour {

  /** Every model and view of the schema, as its metamodel (partitions share their parent's). */
  public static final List<TableMeta<?>> MODELS =
      List.of(
          AccountTable.TABLE,
          LoyaltyCardTable.TABLE,
          ProductTable.TABLE,
          TagTable.TABLE,
          ProductTagTable.TABLE,
          OrdersTable.TABLE,
          OrderItemTable.TABLE,
          ReviewTable.TABLE,
          PickupSlotTable.TABLE,
          TypeZooTable.TABLE,
          PageViewTable.TABLE,
          SessionTable.TABLE,
          InvoiceTable.TABLE,
          RegionTable.TABLE,
          ActiveAccountView.TABLE,
          ProductSalesView.TABLE);

  /** The relations of account, product and orders: one of each cardinality among them. */
  public static final List<RelationMeta<?, ?>> RELATIONS =
      List.of(
          AccountTable.Relations.ORDERS,
          AccountTable.Relations.CARD,
          OrdersTable.Relations.ACCOUNT,
          ProductTable.Relations.TAGS);

  private ShopModelTour() {}

  /** Prints the tour on stdout. */
  public static void main(String[] args) {
    print(System.out);
  }

  /** Prints the tour. */
  public static void print(PrintStream out) {
    for (TableMeta<?> model : MODELS) {
      out.println(describe(model));
    }
    for (RelationMeta<?, ?> relation : RELATIONS) {
      out.println(describe(relation));
    }
    out.println("columns an insert into orders must give: " + requiredOnInsert());
    out.println("a new order: " + newOrder());
    out.println("the registry reads order_status as " + registry().type("public.order_status"));
  }

  /** {@code public.orders (read-write) -> Orders: no bigint, ...}. */
  public static String describe(TableMeta<?> model) {
    return model.name()
        + (model.readOnly() ? " (read-only)" : "")
        + " -> "
        + model.recordType().getSimpleName()
        + ": "
        + model.columns().stream()
            .map(c -> c.javaName() + " " + c.sqlType() + (c.nullable() ? "?" : ""))
            .collect(Collectors.joining(", "));
  }

  /** {@code public.account.orders: ONE_TO_MANY public.orders on [public.account.id] = ...}. */
  public static String describe(RelationMeta<?, ?> relation) {
    String join = relation.sourceColumns() + " = " + relation.targetColumns();
    if (relation.through() != null) {
      join =
          relation.sourceColumns()
              + " = "
              + relation.through().sourceColumns()
              + ", "
              + relation.through().targetColumns()
              + " = "
              + relation.targetColumns();
    }
    return relation + ": " + relation.cardinality() + " " + relation.target() + " on " + join;
  }

  /** The columns of orders that are neither nullable nor filled in by the server. */
  public static List<String> requiredOnInsert() {
    List<String> required = new ArrayList<>();
    for (ColumnMeta<Orders, ?> column : OrdersTable.TABLE.columns()) {
      if (!column.nullable() && !column.defaulted()) {
        required.add(column.name());
      }
    }
    return required;
  }

  /** Generated records are plain Java records; enums keep their labels. */
  public static Orders newOrder() {
    return new Orders(
        1000L,
        UUID.fromString("00000000-0000-0000-0000-000000000001"),
        OrderStatus.fromPgLabel("In Progress"),
        new Address("Main Street 1", "Springfield", "12345", List.of()),
        OffsetDateTime.parse("2026-01-01T12:00:00Z"),
        null);
  }

  /** The built-in types plus the schema's domains, enums and composites. */
  public static TypeRegistry registry() {
    return SchemaTypes.registry();
  }
}
