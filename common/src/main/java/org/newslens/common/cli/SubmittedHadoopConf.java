package org.newslens.common.cli;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import scala.Tuple2;

/**
 * The Hadoop configuration a job checks its paths with before Spark starts: the one the job's
 * SparkContext will build, so that a path that resolves in the check resolves in the job.
 */
public final class SubmittedHadoopConf {
  static final String PREFIX = "spark.hadoop.";

  private SubmittedHadoopConf() {}

  /**
   * Hadoop's defaults plus the {@code spark.hadoop.*} settings spark-submit passed to this driver
   * ({@code --conf}, {@code --properties-file}, {@code spark-defaults.conf}: spark-submit hands
   * them over as system properties, which {@code new SparkConf()} reads).
   */
  public static Configuration forThisDriver() {
    return from(new SparkConf());
  }

  /**
   * Hadoop's defaults plus every {@code spark.hadoop.k=v} of {@code spark} as {@code k=v}, as
   * Spark's own {@code SparkHadoopUtil} does for {@code sparkContext().hadoopConfiguration()}.
   */
  public static Configuration from(SparkConf spark) {
    Configuration conf = new Configuration();
    for (Tuple2<String, String> entry : spark.getAll()) {
      if (entry._1().startsWith(PREFIX)) {
        conf.set(entry._1().substring(PREFIX.length()), entry._2(), "spark-submit --conf");
      }
    }
    return conf;
  }
}
