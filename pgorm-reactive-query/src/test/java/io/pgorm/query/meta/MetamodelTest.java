package io.pgorm.query.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Type;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MetamodelTest {

  record Account(UUID id, String email) {}

  record Post(Long id, UUID authorId) {}

  record Tag(Long id) {}

  record PostTag(Long postId, Long tagId) {}

  static final TableName ACCOUNT = new TableName("public", "account");
  static final ColumnMeta<Account, UUID> ACCOUNT_ID =
      new ColumnMeta<>(ACCOUNT, "id", "id", "uuid", UUID.class, false, true, false);
  static final ColumnMeta<Account, String> EMAIL =
      new ColumnMeta<>(ACCOUNT, "email", "email", "text", String.class, false, false, false);
  static final TableMeta<Account> ACCOUNTS =
      new TableMeta<>(
          ACCOUNT, Account.class, List.of(ACCOUNT_ID, EMAIL), List.of(ACCOUNT_ID), false);

  static final TableName POST = new TableName("public", "post");
  static final ColumnMeta<Post, Long> POST_ID =
      new ColumnMeta<>(POST, "id", "id", "bigint", Long.class, false, true, true);
  static final ColumnMeta<Post, UUID> AUTHOR_ID =
      new ColumnMeta<>(POST, "author_id", "authorId", "uuid", UUID.class, false, false, false);
  static final TableMeta<Post> POSTS =
      new TableMeta<>(POST, Post.class, List.of(POST_ID, AUTHOR_ID), List.of(POST_ID), false);

  @Test
  void tableFindsColumnsByName() {
    assertThat(ACCOUNTS.column("email")).contains(EMAIL);
    assertThat(ACCOUNTS.column("nope")).isEmpty();
    assertThat(ACCOUNTS).hasToString("public.account");
    assertThat(EMAIL).hasToString("public.account.email");
  }

  @Test
  void tableRejectsForeignAndDuplicateColumns() {
    assertThatThrownBy(
            () ->
                new TableMeta<>(
                    ACCOUNT, Account.class, List.of(ACCOUNT_ID, ACCOUNT_ID), List.of(), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duplicate column public.account.id in table public.account");
    ColumnMeta<Account, Long> stray =
        new ColumnMeta<>(POST, "id", "id", "bigint", Long.class, false, false, false);
    assertThatThrownBy(
            () -> new TableMeta<>(ACCOUNT, Account.class, List.of(stray), List.of(), false))
        .hasMessage("column public.post.id does not belong to table public.account");
    assertThatThrownBy(
            () ->
                new TableMeta<>(ACCOUNT, Account.class, List.of(EMAIL), List.of(ACCOUNT_ID), false))
        .hasMessage("primary key column public.account.id is not a column of table public.account");
  }

  @Test
  void relationsPairTheirColumns() {
    RelationMeta<Account, Post> posts =
        new RelationMeta<>(
            "posts",
            Cardinality.ONE_TO_MANY,
            ACCOUNTS,
            POSTS,
            List.of(ACCOUNT_ID),
            List.of(AUTHOR_ID),
            null);
    assertThat(posts.targetColumns()).containsExactly(AUTHOR_ID);
    assertThat(posts).hasToString("public.account.posts");
    assertThatThrownBy(
            () ->
                new RelationMeta<>(
                    "posts",
                    Cardinality.ONE_TO_MANY,
                    ACCOUNTS,
                    POSTS,
                    List.of(ACCOUNT_ID, EMAIL),
                    List.of(AUTHOR_ID),
                    null))
        .hasMessage("relation posts of public.account pairs join columns of different counts");
  }

  @Test
  void manyToManyNeedsItsJoinTable() {
    TableName tagName = new TableName("public", "tag");
    ColumnMeta<Tag, Long> tagId =
        new ColumnMeta<>(tagName, "id", "id", "bigint", Long.class, false, true, false);
    TableMeta<Tag> tags =
        new TableMeta<>(tagName, Tag.class, List.of(tagId), List.of(tagId), false);
    TableName joinName = new TableName("public", "post_tag");
    ColumnMeta<PostTag, Long> postId =
        new ColumnMeta<>(joinName, "post_id", "postId", "bigint", Long.class, false, false, false);
    ColumnMeta<PostTag, Long> joinTagId =
        new ColumnMeta<>(joinName, "tag_id", "tagId", "bigint", Long.class, false, false, false);
    TableMeta<PostTag> join =
        new TableMeta<>(joinName, PostTag.class, List.of(postId, joinTagId), List.of(), false);
    RelationMeta.Through<PostTag> through =
        new RelationMeta.Through<>(join, List.of(postId), List.of(joinTagId));

    RelationMeta<Post, Tag> relation =
        new RelationMeta<>(
            "tags",
            Cardinality.MANY_TO_MANY,
            POSTS,
            tags,
            List.of(POST_ID),
            List.of(tagId),
            through);
    assertThat(relation.through()).isEqualTo(through);
    assertThatThrownBy(
            () ->
                new RelationMeta<>(
                    "tags",
                    Cardinality.MANY_TO_MANY,
                    POSTS,
                    tags,
                    List.of(POST_ID),
                    List.of(tagId),
                    null))
        .hasMessage(
            "relation tags of public.post is MANY_TO_MANY: a join table is needed exactly for"
                + " MANY_TO_MANY");
  }

  @Test
  void parameterizedTypesEqualTheJdksOwn() throws NoSuchFieldException {
    Type jdk = Holder.class.getDeclaredField("tags").getGenericType();
    Type ours = JavaTypes.parameterized(List.class, String.class);
    assertThat(ours).isEqualTo(jdk).hasSameHashCodeAs(jdk);
    assertThat(jdk).isEqualTo(ours);
    assertThat(ours.getTypeName()).isEqualTo("java.util.List<java.lang.String>");
    assertThatThrownBy(() -> JavaTypes.parameterized(List.class))
        .hasMessage("java.util.List takes 1 type arguments, not 0");
  }

  static final class Holder {
    List<String> tags = List.of();
  }
}
