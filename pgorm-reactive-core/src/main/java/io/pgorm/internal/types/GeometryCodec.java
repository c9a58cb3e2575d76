package io.pgorm.internal.types;

import io.r2dbc.postgresql.codec.Box;
import io.r2dbc.postgresql.codec.Circle;
import io.r2dbc.postgresql.codec.Line;
import io.r2dbc.postgresql.codec.Lseg;
import io.r2dbc.postgresql.codec.Path;
import io.r2dbc.postgresql.codec.Point;
import io.r2dbc.postgresql.codec.Polygon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The geometric types as the driver's value classes ({@link Point}, {@link Box}, ...): their text
 * forms, which are also their JSON forms ({@code (1,2)}, {@code <(1,2),3>}, {@code [(1,2),(3,4)]}).
 * The driver's own codecs bind and read them natively; this reads them inside arrays and JSON.
 */
final class GeometryCodec implements TextCodec {

  static final GeometryCodec POINT = new GeometryCodec(Point.class, t -> point(numbers(t), 0));
  static final GeometryCodec LINE = new GeometryCodec(Line.class, t -> line(numbers(t)));
  static final GeometryCodec LSEG = new GeometryCodec(Lseg.class, t -> lseg(numbers(t)));
  static final GeometryCodec BOX = new GeometryCodec(Box.class, t -> box(numbers(t)));
  static final GeometryCodec PATH = new GeometryCodec(Path.class, GeometryCodec::path);
  static final GeometryCodec POLYGON =
      new GeometryCodec(Polygon.class, t -> Polygon.of(points(numbers(t))));
  static final GeometryCodec CIRCLE = new GeometryCodec(Circle.class, t -> circle(numbers(t)));

  private final Class<?> type;
  private final Function<String, Object> parser;

  private GeometryCodec(Class<?> type, Function<String, Object> parser) {
    this.type = type;
    this.parser = parser;
  }

  @Override
  public Class<?> javaType() {
    return type;
  }

  @Override
  public Object parse(String text, SessionFormat session) {
    return parser.apply(text);
  }

  @Override
  public String format(Object value, SessionFormat session) {
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException(
          "expected " + type.getSimpleName() + ", got " + value.getClass().getName());
    }
    // The driver's toString is the server's input syntax for every one of them.
    return value.toString();
  }

  private static Point point(List<Double> n, int i) {
    return Point.of(n.get(i), n.get(i + 1));
  }

  private static Line line(List<Double> n) {
    return Line.of(n.get(0), n.get(1), n.get(2));
  }

  private static Lseg lseg(List<Double> n) {
    return Lseg.of(point(n, 0), point(n, 2));
  }

  private static Box box(List<Double> n) {
    return Box.of(point(n, 0), point(n, 2));
  }

  private static Circle circle(List<Double> n) {
    return Circle.of(point(n, 0), n.get(2));
  }

  private static Path path(String text) {
    List<Point> points = points(numbers(text));
    return text.strip().startsWith("[") ? Path.open(points) : Path.closed(points);
  }

  private static List<Point> points(List<Double> n) {
    List<Point> out = new ArrayList<>(n.size() / 2);
    for (int i = 0; i + 1 < n.size(); i += 2) {
      out.add(point(n, i));
    }
    return out;
  }

  /** The numbers in order, skipping the punctuation around them. */
  static List<Double> numbers(String text) {
    List<Double> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if ("()[]{}<>,; ".indexOf(c) >= 0) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && "()[]{}<>,; ".indexOf(text.charAt(i)) < 0) {
        i++;
      }
      out.add(Double.valueOf(text.substring(start, i)));
    }
    return out;
  }
}
