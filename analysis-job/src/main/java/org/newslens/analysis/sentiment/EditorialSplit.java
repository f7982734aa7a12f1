package org.newslens.analysis.sentiment;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.crc32;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.substring_index;

import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newslens.common.cli.UsageException;

/**
 * Splits labelled sentences into two halves by source document, so that no document is on both
 * sides: the document is the part of the id before the first {@code _}; half {@code a} holds
 * documents whose CRC-32 is even, {@code b} odd. The same split in Python: {@code
 * zlib.crc32(id.split('_')[0].encode()) % 2} (0 = a, 1 = b).
 */
public final class EditorialSplit {
  private EditorialSplit() {}

  /** Validates a half name: a or b, or null for no split. */
  public static String half(String value) throws UsageException {
    if (value == null) {
      return null;
    }
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (!v.equals("a") && !v.equals("b")) {
      throw new UsageException("--split-half must be a or b, got '" + value + "'");
    }
    return v;
  }

  /** The document of a sentence id: the part before the first {@code _}. */
  public static Column document(Column id) {
    return substring_index(id, "_", 1);
  }

  /** The rows of {@code half} (a or b), or all rows when half is null. */
  public static Dataset<Row> filterHalf(Dataset<Row> rows, String idColumn, String half) {
    if (half == null) {
      return rows;
    }
    Column parity = pmod(crc32(document(col(idColumn)).cast("binary")), lit(2));
    return rows.filter(parity.equalTo(half.equals("a") ? 0 : 1));
  }
}
