package org.newslens.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.newslens.analysis.sentiment.SentimentTables;
import org.newslens.analysis.sink.Table;
import org.newslens.analysis.topics.TopicTables;
import org.newslens.common.schema.Columns;

/**
 * docs/tables.md is what {@link TableReference} generates from the schemas; every table the jobs
 * write is in it; every column has a description and an example.
 */
class TableReferenceTest {
  private static Path file() {
    return Path.of(System.getProperty("newslens.root"), TableReference.PATH);
  }

  @Test
  void docsTablesMdIsGeneratedFromTheSchemas() throws Exception {
    String generated = TableReference.render();
    if (Boolean.getBoolean("newslens.tables.write")) {
      Files.writeString(file(), generated);
      System.out.println("wrote " + file());
    }
    assertEquals(
        generated,
        Files.exists(file()) ? Files.readString(file()) : "",
        TableReference.PATH
            + " differs from the schemas; regenerate it with: mvn -B -pl end-to-end -am test"
            + " -Dtest=TableReferenceTest -Dsurefire.failIfNoSpecifiedTests=false"
            + " -Dnewslens.tables.write=true");
  }

  @Test
  void everyAnalysisTableIsDocumented() throws Exception {
    List<String> documented = TableReference.TABLES.stream().map(e -> e.name()).toList();
    List<String> written = new ArrayList<>();
    for (Class<?> owner : List.of(SentimentTables.class, TopicTables.class)) {
      for (Field field : owner.getFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == Table.class) {
          written.add(((Table) field.get(null)).name());
        }
      }
    }
    assertFalse(written.isEmpty(), "no Table constants found in SentimentTables and TopicTables");
    for (String name : written) {
      assertTrue(documented.contains(name), name + " is written but not in " + TableReference.PATH);
    }
  }

  @Test
  void everyColumnHasADescriptionAndAnExample() {
    List<String> missing = new ArrayList<>();
    for (TableReference.Entry entry : TableReference.TABLES) {
      List<StructField> fields = new ArrayList<>(List.of(entry.schema().fields()));
      if (entry.partition() != null) {
        fields.addAll(List.of(entry.partition().fields()));
      }
      for (StructField field : fields) {
        if (Columns.description(field).isBlank()
            || !field.metadata().contains(Columns.EXAMPLE)
            || field.metadata().getString(Columns.EXAMPLE).isBlank()) {
          missing.add(entry.name() + "." + field.name());
        }
      }
    }
    assertEquals(List.of(), missing, "columns without a description or an example");
  }
}
