package org.newslens.common.testing;

import org.apache.spark.sql.SparkSession;

/** The one local SparkSession of a test JVM. Tests never stop it; the JVM's exit does. */
public final class LocalSpark {
  private static final SparkSession SPARK =
      SparkSession.builder()
          .master("local[2]")
          .appName("newslens-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.default.parallelism", "2")
          .config("spark.sql.session.timeZone", "UTC")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1")
          .getOrCreate();

  private LocalSpark() {}

  public static SparkSession spark() {
    return SPARK;
  }
}
