package org.newslens.common.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shuffle partitions that follow the input's size, unless the run sets {@code
 * spark.sql.shuffle.partitions} itself (with {@code --conf}): one per task slot, or one per GiB of
 * input when that is more. Spark's fixed default of 200 made every small aggregate write and read
 * 200 shuffle files per task; adaptive query execution merges the partitions that come out small.
 */
public final class ShufflePartitions {
  private static final Logger LOG = LoggerFactory.getLogger(ShufflePartitions.class);

  public static final String KEY = "spark.sql.shuffle.partitions";

  /** Input bytes (as stored) per shuffle partition. */
  static final long INPUT_BYTES_PER_PARTITION = 1L << 30;

  static final int MAX = 10_000;

  private ShufflePartitions() {}

  /** The partitions for an input of {@code inputBytes} on {@code cores} task slots. */
  public static int forInput(long inputBytes, int cores) {
    long bySize = (inputBytes + INPUT_BYTES_PER_PARTITION - 1) / INPUT_BYTES_PER_PARTITION;
    return (int) Math.min(MAX, Math.max(Math.max(1, cores), bySize));
  }

  /** Sets the partitions for {@code input} (its size as stored). */
  public static void fit(SparkSession spark, Dataset<Row> input) {
    fit(spark, input.queryExecution().optimizedPlan().stats().sizeInBytes().longValue());
  }

  /** Sets the partitions for an input of {@code bytes}. */
  public static void fit(SparkSession spark, long bytes) {
    if (spark.sparkContext().getConf().contains(KEY)) {
      return;
    }
    int partitions = forInput(bytes, spark.sparkContext().defaultParallelism());
    spark.conf().set(KEY, String.valueOf(partitions));
    LOG.info("{} = {} for {} input bytes", KEY, partitions, bytes);
  }
}
