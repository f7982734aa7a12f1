package org.newslens.analysis;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shuffle partitions that follow the input's size, unless the run sets {@code
 * spark.sql.shuffle.partitions} itself (with {@code --conf}). Every shuffle of the job moves the
 * article pass's narrow rows, a small fraction of the articles' bytes: Spark's fixed default of 200
 * partitions made each small aggregate write and read 200 shuffle files per task. Adaptive query
 * execution then merges the partitions that come out small.
 */
final class ShufflePartitions {
  private static final Logger LOG = LoggerFactory.getLogger(ShufflePartitions.class);

  static final String KEY = "spark.sql.shuffle.partitions";

  /** Input bytes (as stored) per shuffle partition. */
  static final long INPUT_BYTES_PER_PARTITION = 1L << 30;

  static final int MAX = 10_000;

  private ShufflePartitions() {}

  /** The partitions for an input of {@code inputBytes} on {@code cores} task slots. */
  static int forInput(long inputBytes, int cores) {
    long bySize = (inputBytes + INPUT_BYTES_PER_PARTITION - 1) / INPUT_BYTES_PER_PARTITION;
    return (int) Math.min(MAX, Math.max(Math.max(1, cores), bySize));
  }

  static void fit(SparkSession spark, Dataset<Row> input) {
    if (spark.sparkContext().getConf().contains(KEY)) {
      return;
    }
    long bytes = input.queryExecution().optimizedPlan().stats().sizeInBytes().longValue();
    int partitions = forInput(bytes, spark.sparkContext().defaultParallelism());
    spark.conf().set(KEY, String.valueOf(partitions));
    LOG.info("{} = {} for {} input bytes", KEY, partitions, bytes);
  }
}
