package io.pgorm.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.examples.shop.db.Address;
import io.pgorm.examples.shop.db.OrderStatus;
import io.pgorm.types.TypeRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the tour of the code the build generated from shop.pgorm. */
class ShopModelTourTest {

  @Test
  void printsEveryModelAndRelation() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ShopModelTour.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains(
            "public.orders -> Orders: no bigint, accountId uuid, status public.order_status,"
                + " shipTo public.address, placedAt timestamptz, remark text?\n",
            "public.active_account (read-only) -> ActiveAccount: id uuid?, email public.email?,"
                + " name text?\n",
            "billing.invoice -> Invoice: ",
            "public.account.orders: ONE_TO_MANY public.orders on [public.account.id] ="
                + " [public.orders.account_id]\n",
            "public.account.card: ONE_TO_ONE public.loyalty_card on [public.account.id] ="
                + " [public.loyalty_card.account_id]\n",
            "public.product.tags: MANY_TO_MANY public.tag on [public.product.id] ="
                + " [public.product_tag.product_id], [public.product_tag.tag_id] ="
                + " [public.tag.id]\n",
            "columns an insert into orders must give: [account_id, ship_to]\n");
    assertThat(out.lines())
        .hasSize(ShopModelTour.MODELS.size() + ShopModelTour.RELATIONS.size() + 3);
  }

  @Test
  void theRegistryKnowsTheSchemasUserTypes() throws Exception {
    TypeRegistry registry = ShopModelTour.registry();
    var json = registry.objectMapper();
    assertThat(registry.decodeJson("public.order_status", json.readTree("\"In Progress\"")))
        .isEqualTo(OrderStatus.IN_PROGRESS);
    assertThat(
            registry.decodeJson(
                "public.address",
                json.readTree(
                    "{\"street\": \"Main 1\", \"city\": \"X\", \"zip\": null, \"lines\": []}")))
        .isEqualTo(new Address("Main 1", "X", null, java.util.List.of()));
    assertThat(ShopModelTour.newOrder().status().pgLabel()).isEqualTo("In Progress");
  }
}
