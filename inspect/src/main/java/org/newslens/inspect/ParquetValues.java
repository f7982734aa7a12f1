package org.newslens.inspect;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DateLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.ListLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.MapLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Turns Parquet cells into plain Java values by their logical types: strings, {@link LocalDate} for
 * dates, {@link Instant} for UTC timestamps (INT96 included), {@link LocalDateTime} for timestamps
 * without a zone, {@link BigDecimal}, numbers, booleans, {@link List} for LIST, {@link Map} for MAP
 * and structs, null when absent.
 */
public final class ParquetValues {
  private static final long JULIAN_EPOCH_DAY = 2_440_588L;
  private static final long NANOS_PER_DAY = 86_400_000_000_000L;

  private ParquetValues() {}

  /** Field {@code index} of {@code group}, or null when the row has no value there. */
  public static Object field(Group group, int index) {
    Type type = group.getType().getType(index);
    int count = group.getFieldRepetitionCount(index);
    if (type.isRepetition(Type.Repetition.REPEATED)) {
      List<Object> values = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        values.add(single(group, index, i, type));
      }
      return values;
    }
    return count == 0 ? null : single(group, index, 0, type);
  }

  private static Object single(Group group, int index, int position, Type type) {
    if (type.isPrimitive()) {
      return primitive(group, index, position, type.asPrimitiveType());
    }
    Group inner = group.getGroup(index, position);
    LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
    if (logical instanceof ListLogicalTypeAnnotation) {
      return list(inner);
    }
    if (logical instanceof MapLogicalTypeAnnotation
        || "MAP_KEY_VALUE".equals(String.valueOf(logical))) {
      return map(inner);
    }
    return struct(inner);
  }

  /**
   * A LIST group: {@code repeated group list { element }} (Spark's three levels) or a bare repeated
   * field.
   */
  private static List<Object> list(Group listGroup) {
    GroupType listType = listGroup.getType();
    List<Object> values = new ArrayList<>();
    if (listType.getFieldCount() == 0) {
      return values;
    }
    Type repeated = listType.getType(0);
    int count = listGroup.getFieldRepetitionCount(0);
    for (int i = 0; i < count; i++) {
      if (repeated.isPrimitive() || repeated.asGroupType().getFieldCount() != 1) {
        values.add(single(listGroup, 0, i, repeated));
      } else {
        values.add(field(listGroup.getGroup(0, i), 0));
      }
    }
    return values;
  }

  private static Map<Object, Object> map(Group mapGroup) {
    Map<Object, Object> values = new LinkedHashMap<>();
    int count = mapGroup.getFieldRepetitionCount(0);
    for (int i = 0; i < count; i++) {
      Group entry = mapGroup.getGroup(0, i);
      values.put(field(entry, 0), entry.getType().getFieldCount() > 1 ? field(entry, 1) : null);
    }
    return values;
  }

  private static Map<Object, Object> struct(Group group) {
    Map<Object, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < group.getType().getFieldCount(); i++) {
      values.put(group.getType().getFieldName(i), field(group, i));
    }
    return values;
  }

  private static Object primitive(Group group, int index, int position, PrimitiveType type) {
    Object raw =
        switch (type.getPrimitiveTypeName()) {
          case BOOLEAN -> group.getBoolean(index, position);
          case FLOAT -> group.getFloat(index, position);
          case DOUBLE -> group.getDouble(index, position);
          case INT32 -> group.getInteger(index, position);
          case INT64 -> group.getLong(index, position);
          case INT96 -> group.getInt96(index, position);
          case BINARY, FIXED_LEN_BYTE_ARRAY -> group.getBinary(index, position);
        };
    return fromRaw(raw, type);
  }

  /**
   * A physical value (Boolean, Integer, Long, Float, Double or {@link Binary}, as in a row or in
   * the footer statistics) as the Java value its logical type stands for.
   */
  public static Object fromRaw(Object raw, PrimitiveType type) {
    LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
    if (raw instanceof Integer v) {
      if (logical instanceof DateLogicalTypeAnnotation) {
        return LocalDate.ofEpochDay(v);
      }
      return logical instanceof DecimalLogicalTypeAnnotation d
          ? BigDecimal.valueOf(v, d.getScale())
          : v;
    }
    if (raw instanceof Long v) {
      if (logical instanceof TimestampLogicalTypeAnnotation t) {
        return timestamp(v, t.getUnit(), t.isAdjustedToUTC());
      }
      return logical instanceof DecimalLogicalTypeAnnotation d
          ? BigDecimal.valueOf(v, d.getScale())
          : v;
    }
    if (raw instanceof Binary b) {
      if (type.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT96) {
        return int96(b);
      }
      if (logical instanceof DecimalLogicalTypeAnnotation d) {
        return new BigDecimal(new BigInteger(b.getBytes()), d.getScale());
      }
      if (logical == null || logical instanceof LogicalTypeAnnotation.UUIDLogicalTypeAnnotation) {
        return "0x" + HexFormat.of().formatHex(b.getBytes());
      }
      return b.toStringUsingUTF8();
    }
    return raw;
  }

  static Object timestamp(long value, TimeUnit unit, boolean utc) {
    Instant instant =
        switch (unit) {
          case MILLIS -> Instant.ofEpochMilli(value);
          case MICROS ->
              Instant.ofEpochSecond(
                  Math.floorDiv(value, 1_000_000L), Math.floorMod(value, 1_000_000L) * 1000L);
          case NANOS ->
              Instant.ofEpochSecond(
                  Math.floorDiv(value, 1_000_000_000L), Math.floorMod(value, 1_000_000_000L));
        };
    return utc ? instant : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /**
   * Spark's legacy INT96 timestamp: nanoseconds of the day, then the Julian day, both
   * little-endian.
   */
  static Instant int96(Binary value) {
    ByteBuffer buf = value.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
    long nanosOfDay = buf.getLong();
    long julianDay = buf.getInt() & 0xFFFFFFFFL;
    long epochDay = julianDay - JULIAN_EPOCH_DAY;
    return Instant.ofEpochSecond(Math.multiplyExact(epochDay, 86_400L))
        .plusNanos(nanosOfDay % NANOS_PER_DAY);
  }

  /**
   * How a value prints in a table and matches {@code --where}: ISO dates and UTC timestamps, plain
   * numbers.
   */
  public static String display(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Double d) {
      return displayDouble(d);
    }
    if (value instanceof Float f) {
      return displayDouble(f.doubleValue());
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof List<?> list) {
      List<String> parts = new ArrayList<>();
      list.forEach(v -> parts.add(display(v)));
      return "[" + String.join(", ", parts) + "]";
    }
    if (value instanceof Map<?, ?> map) {
      List<String> parts = new ArrayList<>();
      map.forEach((k, v) -> parts.add(display(k) + ": " + display(v)));
      return "{" + String.join(", ", parts) + "}";
    }
    return value.toString();
  }

  private static String displayDouble(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return String.valueOf((long) d) + ".0";
    }
    return String.valueOf(d);
  }

  /**
   * The value as Jackson writes it to JSON: dates and timestamps as ISO strings, the rest as JSON
   * types.
   */
  public static Object json(Object value) {
    if (value instanceof LocalDate || value instanceof Instant || value instanceof LocalDateTime) {
      return value.toString();
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(json(v)));
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(display(k), json(v)));
      return out;
    }
    if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
      return d.toString();
    }
    return value;
  }
}
