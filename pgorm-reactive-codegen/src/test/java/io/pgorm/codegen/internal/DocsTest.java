package io.pgorm.codegen.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocsTest {

  @Test
  void commentsBecomeInertJavadoc() {
    assertThat(Docs.text("  a <b> & c */ d @see e \\u000a f\r\ng  "))
        .isEqualTo("a &lt;b&gt; &amp; c *&#47; d &#64;see e &#92;u000a f\ng");
  }

  @Test
  void plainNamesUseCodeTagsOthersHtml() {
    assertThat(Docs.code("public.account")).isEqualTo("{@code public.account}");
    assertThat(Docs.code("numeric(10,2)[]")).isEqualTo("{@code numeric(10,2)[]}");
    assertThat(Docs.code("a}b")).isEqualTo("<code>a}b</code>");
    assertThat(Docs.code("x<y")).isEqualTo("<code>x&lt;y</code>");
  }
}
