package io.pgorm.query.composite;

import io.pgorm.query.meta.Cardinality;
import io.pgorm.query.meta.ColumnMeta;
import io.pgorm.query.meta.RelationMeta;
import io.pgorm.query.meta.TableMeta;
import io.pgorm.query.meta.TableName;
import java.util.List;

/**
 * Models keyed by two and three columns, related through composite foreign keys: members of a
 * tenant (tenant, member_no), their orders (1:N and N:1 on (tenant, member_no)), and teams joined
 * through a membership table keyed (tenant, member_no, team_no) (M:N).
 */
final class Tenancy {

  static final String SCHEMA =
      """
      CREATE TABLE member (
        tenant text NOT NULL,
        member_no bigint NOT NULL,
        name text NOT NULL,
        version bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (tenant, member_no));
      CREATE TABLE purchase (
        tenant text NOT NULL,
        purchase_no bigint NOT NULL,
        member_no bigint NOT NULL,
        item text NOT NULL,
        PRIMARY KEY (tenant, purchase_no),
        FOREIGN KEY (tenant, member_no) REFERENCES member ON DELETE CASCADE);
      CREATE TABLE team (
        tenant text NOT NULL,
        team_no int NOT NULL,
        title text NOT NULL,
        PRIMARY KEY (tenant, team_no));
      CREATE TABLE membership (
        tenant text NOT NULL,
        member_no bigint NOT NULL,
        team_no int NOT NULL,
        PRIMARY KEY (tenant, member_no, team_no),
        FOREIGN KEY (tenant, member_no) REFERENCES member ON DELETE CASCADE,
        FOREIGN KEY (tenant, team_no) REFERENCES team)""";

  record Member(String tenant, Long memberNo, String name, Long version) {}

  record MemberKey(String tenant, Long memberNo) {}

  record Purchase(String tenant, Long purchaseNo, Long memberNo, String item) {}

  record Team(String tenant, Integer teamNo, String title) {}

  record Membership(String tenant, Long memberNo, Integer teamNo) {}

  record MembershipKey(String tenant, Long memberNo, Integer teamNo) {}

  static final TableName MEMBER_NAME = new TableName("public", "member");
  static final ColumnMeta<Member, String> M_TENANT =
      new ColumnMeta<>(MEMBER_NAME, "tenant", "tenant", "text", String.class, false, false, false);
  static final ColumnMeta<Member, Long> M_NO =
      new ColumnMeta<>(
          MEMBER_NAME, "member_no", "memberNo", "bigint", Long.class, false, false, false);
  static final ColumnMeta<Member, String> M_NAME =
      new ColumnMeta<>(MEMBER_NAME, "name", "name", "text", String.class, false, false, false);
  static final ColumnMeta<Member, Long> M_VERSION =
      new ColumnMeta<>(MEMBER_NAME, "version", "version", "bigint", Long.class, false, true, false);
  static final TableMeta<Member> MEMBER =
      new TableMeta<>(
          MEMBER_NAME,
          Member.class,
          List.of(M_TENANT, M_NO, M_NAME, M_VERSION),
          List.of(M_TENANT, M_NO),
          false);

  static final TableName PURCHASE_NAME = new TableName("public", "purchase");
  static final ColumnMeta<Purchase, String> P_TENANT =
      new ColumnMeta<>(
          PURCHASE_NAME, "tenant", "tenant", "text", String.class, false, false, false);
  static final ColumnMeta<Purchase, Long> P_NO =
      new ColumnMeta<>(
          PURCHASE_NAME, "purchase_no", "purchaseNo", "bigint", Long.class, false, false, false);
  static final ColumnMeta<Purchase, Long> P_MEMBER_NO =
      new ColumnMeta<>(
          PURCHASE_NAME, "member_no", "memberNo", "bigint", Long.class, false, false, false);
  static final ColumnMeta<Purchase, String> P_ITEM =
      new ColumnMeta<>(PURCHASE_NAME, "item", "item", "text", String.class, false, false, false);
  static final TableMeta<Purchase> PURCHASE =
      new TableMeta<>(
          PURCHASE_NAME,
          Purchase.class,
          List.of(P_TENANT, P_NO, P_MEMBER_NO, P_ITEM),
          List.of(P_TENANT, P_NO),
          false);

  static final TableName TEAM_NAME = new TableName("public", "team");
  static final ColumnMeta<Team, String> T_TENANT =
      new ColumnMeta<>(TEAM_NAME, "tenant", "tenant", "text", String.class, false, false, false);
  static final ColumnMeta<Team, Integer> T_NO =
      new ColumnMeta<>(
          TEAM_NAME, "team_no", "teamNo", "integer", Integer.class, false, false, false);
  static final ColumnMeta<Team, String> T_TITLE =
      new ColumnMeta<>(TEAM_NAME, "title", "title", "text", String.class, false, false, false);
  static final TableMeta<Team> TEAM =
      new TableMeta<>(
          TEAM_NAME, Team.class, List.of(T_TENANT, T_NO, T_TITLE), List.of(T_TENANT, T_NO), false);

  static final TableName MEMBERSHIP_NAME = new TableName("public", "membership");
  static final ColumnMeta<Membership, String> MS_TENANT =
      new ColumnMeta<>(
          MEMBERSHIP_NAME, "tenant", "tenant", "text", String.class, false, false, false);
  static final ColumnMeta<Membership, Long> MS_MEMBER_NO =
      new ColumnMeta<>(
          MEMBERSHIP_NAME, "member_no", "memberNo", "bigint", Long.class, false, false, false);
  static final ColumnMeta<Membership, Integer> MS_TEAM_NO =
      new ColumnMeta<>(
          MEMBERSHIP_NAME, "team_no", "teamNo", "integer", Integer.class, false, false, false);
  static final TableMeta<Membership> MEMBERSHIP =
      new TableMeta<>(
          MEMBERSHIP_NAME,
          Membership.class,
          List.of(MS_TENANT, MS_MEMBER_NO, MS_TEAM_NO),
          List.of(MS_TENANT, MS_MEMBER_NO, MS_TEAM_NO),
          false);

  /** member 1:N purchase on (tenant, member_no). */
  static final RelationMeta<Member, Purchase> PURCHASES =
      new RelationMeta<>(
          "purchases",
          Cardinality.ONE_TO_MANY,
          MEMBER,
          PURCHASE,
          List.of(M_TENANT, M_NO),
          List.of(P_TENANT, P_MEMBER_NO),
          null);

  /** purchase N:1 member on (tenant, member_no). */
  static final RelationMeta<Purchase, Member> BUYER =
      new RelationMeta<>(
          "buyer",
          Cardinality.MANY_TO_ONE,
          PURCHASE,
          MEMBER,
          List.of(P_TENANT, P_MEMBER_NO),
          List.of(M_TENANT, M_NO),
          null);

  /** member M:N team through membership, both sides composite. */
  static final RelationMeta<Member, Team> TEAMS =
      new RelationMeta<>(
          "teams",
          Cardinality.MANY_TO_MANY,
          MEMBER,
          TEAM,
          List.of(M_TENANT, M_NO),
          List.of(T_TENANT, T_NO),
          new RelationMeta.Through<>(
              MEMBERSHIP, List.of(MS_TENANT, MS_MEMBER_NO), List.of(MS_TENANT, MS_TEAM_NO)));

  private Tenancy() {}
}
