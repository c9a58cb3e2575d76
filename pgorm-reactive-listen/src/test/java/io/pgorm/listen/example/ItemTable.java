package io.pgorm.listen.example;

import io.pgorm.query.meta.ColumnMeta;
import io.pgorm.query.meta.TableMeta;
import io.pgorm.query.meta.TableName;
import java.util.List;

/** The metamodel of {@code app.item}, as the code generator writes it. */
public final class ItemTable {

  public static final TableName TABLE_NAME = new TableName("app", "item");
  public static final ColumnMeta<Item, Integer> ID =
      new ColumnMeta<>(TABLE_NAME, "id", "id", "integer", Integer.class, false, false, false);
  public static final ColumnMeta<Item, String> NAME =
      new ColumnMeta<>(TABLE_NAME, "name", "name", "text", String.class, true, false, false);
  public static final TableMeta<Item> TABLE =
      new TableMeta<>(TABLE_NAME, Item.class, List.of(ID, NAME), List.of(ID), false);

  private ItemTable() {}
}
