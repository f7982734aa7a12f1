package org.newslens.inspect;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/** Writes small Parquet files the way Spark lays them out, with parquet-hadoop's example writer. */
final class ParquetFixtures {
  /**
   * A cut-down articles table: string, array, UTC timestamp (micros and INT96), int and double
   * columns.
   */
  static final MessageType ARTICLES =
      MessageTypeParser.parseMessageType(
          """
      message spark_schema {
        required binary article_id (STRING);
        optional binary outlet (STRING);
        optional group authors (LIST) { repeated group list { optional binary element (STRING); } }
        optional int64 published_at (TIMESTAMP(MICROS,true));
        optional int32 word_count;
        optional double score;
        optional int96 ingested_at;
      }""");

  /** Spark's own schema JSON for {@link #ARTICLES}, as Spark stores it in the footer. */
  static final String ARTICLES_SPARK_JSON =
      """
      {"type":"struct","fields":[
       {"name":"article_id","type":"string","nullable":false,"metadata":{"description":"Stable id of the article","example":"a1"}},
       {"name":"outlet","type":"string","nullable":true,"metadata":{"description":"Outlet name","example":"Daily Bugle"}},
       {"name":"authors","type":{"type":"array","elementType":"string","containsNull":true},"nullable":true,"metadata":{"description":"Bylines in page order"}},
       {"name":"published_at","type":"timestamp","nullable":true,"metadata":{"description":"Publication instant in UTC"}},
       {"name":"word_count","type":"integer","nullable":true,"metadata":{}},
       {"name":"score","type":"double","nullable":true,"metadata":{}},
       {"name":"ingested_at","type":"timestamp","nullable":true,"metadata":{}}]}""";

  record Article(
      String id,
      String outlet,
      List<String> authors,
      Instant publishedAt,
      Integer words,
      Double score) {}

  private ParquetFixtures() {}

  static void writeArticles(java.nio.file.Path file, List<Article> articles) throws IOException {
    write(
        file,
        ARTICLES,
        ARTICLES_SPARK_JSON,
        articles.stream()
            .<Consumer<Group>>map(
                a ->
                    g -> {
                      g.add("article_id", a.id());
                      if (a.outlet() != null) {
                        g.add("outlet", a.outlet());
                      }
                      if (a.authors() != null) {
                        Group list = g.addGroup("authors");
                        a.authors().forEach(name -> list.addGroup("list").append("element", name));
                      }
                      if (a.publishedAt() != null) {
                        g.add(
                            "published_at",
                            a.publishedAt().getEpochSecond() * 1_000_000L
                                + a.publishedAt().getNano() / 1000);
                      }
                      if (a.words() != null) {
                        g.add("word_count", a.words());
                      }
                      if (a.score() != null) {
                        g.add("score", a.score());
                      }
                      g.add("ingested_at", int96(Instant.parse("2026-11-26T05:40:00.123Z")));
                    })
            .toList());
  }

  /** Writes one file; {@code sparkJson} (may be null) goes under Spark's footer key. */
  static void write(
      java.nio.file.Path file, MessageType schema, String sparkJson, List<Consumer<Group>> rows)
      throws IOException {
    Files.createDirectories(file.getParent());
    SimpleGroupFactory groups = new SimpleGroupFactory(schema);
    ExampleParquetWriter.Builder builder =
        ExampleParquetWriter.builder(new Path(file.toUri()))
            .withConf(new Configuration())
            .withType(schema)
            .withCompressionCodec(CompressionCodecName.SNAPPY);
    if (sparkJson != null) {
      builder = builder.withExtraMetaData(Map.of(TableSummary.SPARK_SCHEMA_KEY, sparkJson));
    }
    try (ParquetWriter<Group> writer = builder.build()) {
      for (Consumer<Group> row : rows) {
        Group g = groups.newGroup();
        row.accept(g);
        writer.write(g);
      }
    }
  }

  /** Spark's INT96 encoding: nanoseconds of the day then the Julian day, little-endian. */
  static Binary int96(Instant instant) {
    long epochDay = Math.floorDiv(instant.getEpochSecond(), 86_400L);
    long nanos =
        (instant.getEpochSecond() - epochDay * 86_400L) * 1_000_000_000L + instant.getNano();
    ByteBuffer buf = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
    buf.putLong(nanos).putInt((int) (epochDay + 2_440_588L));
    return Binary.fromConstantByteArray(buf.array());
  }

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }
}
