package io.pgorm.internal.types;

/**
 * PostGIS {@code geometry} and {@code geography}: known names whose values the driver's own codec
 * reads and writes (as JTS geometries, when JTS is on the class path). Their text and JSON
 * (GeoJSON) forms are not mapped yet.
 */
final class DriverOnlyCodec implements TextCodec {

  static final DriverOnlyCodec GEOMETRY = new DriverOnlyCodec("geometry");
  static final DriverOnlyCodec GEOGRAPHY = new DriverOnlyCodec("geography");

  private final String name;

  private DriverOnlyCodec(String name) {
    this.name = name;
  }

  @Override
  public Class<?> javaType() {
    return Object.class;
  }

  @Override
  public Object parse(String text, SessionFormat session) {
    throw unsupported();
  }

  @Override
  public String format(Object value, SessionFormat session) {
    throw unsupported();
  }

  private UnsupportedOperationException unsupported() {
    return new UnsupportedOperationException(
        name
            + " values are mapped by the driver's PostGIS codec only (read and bind them"
            + " directly, with JTS on the class path); their text and JSON forms are not mapped"
            + " yet");
  }
}
