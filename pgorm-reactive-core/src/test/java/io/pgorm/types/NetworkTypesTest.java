package io.pgorm.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkTypesTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "192.168.1.5/24",
        "10.0.0.1",
        "0.0.0.0/0",
        "2001:db8::1/64",
        "::1",
        "::",
        "1::",
        "::ffff:1.2.3.4/120",
        "::1.2.3.4",
        "fe80::1:0:0:2",
        "1:0:2:0:3:0:4:0",
        "2001:db8::1:0:0:1"
      })
  void inetPrintsAsTheServerDoes(String text) {
    assertThat(PgInet.parse(text)).hasToString(text);
  }

  @Test
  void inetKeepsThePrefixAndIpv4MappedAddressesStayIpv6() {
    PgInet inet = PgInet.parse("::ffff:1.2.3.4/120");
    assertThat(inet.prefixLength()).isEqualTo(120);
    assertThat(inet.address()).isInstanceOf(Inet6Address.class);
    assertThat(PgInet.parse("10.0.0.1").isHost()).isTrue();
    assertThat(PgInet.parse("10.0.0.1/32")).isEqualTo(PgInet.parse("10.0.0.1"));
    assertThat(PgInet.parse("10.0.0.1/8")).isNotEqualTo(PgInet.parse("10.0.0.1"));
    assertThat(PgInet.parse("2001:0db8:0000::0001")).hasToString("2001:db8::1");
  }

  @Test
  void cidrAlwaysPrintsThePrefixAndRefusesHostBits() throws Exception {
    assertThat(PgCidr.parse("10.0.0.0/8")).hasToString("10.0.0.0/8");
    assertThat(PgCidr.parse("10.1.2.3")).hasToString("10.1.2.3/32");
    assertThat(PgCidr.containing(InetAddress.getByName("10.1.2.3"), 8))
        .isEqualTo(PgCidr.parse("10.0.0.0/8"));
    assertThat(PgCidr.containing(PgInet.parse("::ffff:1.2.3.4").address(), 104))
        .hasToString("::ffff:1.0.0.0/104");
    assertThatThrownBy(() -> PgCidr.parse("10.1.0.0/8"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "not a cidr value: 10.1.0.0/8 has bits set right of the prefix; use PgInet for a host"
                + " in a network, or PgCidr.containing(...)");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "example.com",
        "10.0.0",
        "10.0.0.256",
        "10.0.0.1/33",
        "::1/129",
        "fe80::1%eth0",
        "1.2.3.4/x"
      })
  void neverLooksUpNamesAndRejectsBadAddresses(String text) {
    assertThatThrownBy(() -> PgInet.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not an inet value: \"");
  }

  @Test
  void macAddressesOfSixAndEightBytes() {
    assertThat(MacAddress.parse("08:00:2B:01:02:03")).hasToString("08:00:2b:01:02:03");
    assertThat(MacAddress.parse("0800.2b01.0203")).isEqualTo(MacAddress.parse("08-00-2b-01-02-03"));
    assertThat(MacAddress.parse("08002b0102030405").length()).isEqualTo(8);
    assertThat(MacAddress.parse("08002b0102030405")).hasToString("08:00:2b:01:02:03:04:05");
    assertThatThrownBy(() -> MacAddress.parse("08:00:2b:01:02"))
        .hasMessage("not a MAC address: \"08:00:2b:01:02\" has 10 hex digits, not 12 or 16");
    assertThatThrownBy(() -> MacAddress.parse("08:00:2b:01:02:0z"))
        .hasMessage("not a MAC address: \"08:00:2b:01:02:0z\" has 'z' at index 16");
  }
}
