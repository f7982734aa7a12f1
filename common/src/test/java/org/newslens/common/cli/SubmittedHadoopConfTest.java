package org.newslens.common.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

class SubmittedHadoopConfTest {
  @Test
  void takesSparkHadoopSettingsWithoutTheirPrefixAndNothingElse() {
    SparkConf spark =
        new SparkConf(false)
            .set("spark.hadoop.fs.s3a.endpoint", "http://127.0.0.1:9000")
            .set("spark.hadoop.dfs.nameservices", "news")
            .set("spark.executor.memory", "2g");
    Configuration conf = SubmittedHadoopConf.from(spark);
    assertEquals("http://127.0.0.1:9000", conf.get("fs.s3a.endpoint"));
    assertEquals("news", conf.get("dfs.nameservices"));
    assertNull(conf.get("spark.executor.memory"));
    assertNull(conf.get("executor.memory"));
    assertEquals("file:///", conf.get("fs.defaultFS"), "Hadoop's defaults stay underneath");
  }

  @Test
  void readsWhatSparkSubmitPassesAsSystemProperties() {
    String key = "spark.hadoop.newslens.test.setting";
    System.setProperty(key, "from --conf");
    try {
      assertEquals("from --conf", SubmittedHadoopConf.forThisDriver().get("newslens.test.setting"));
    } finally {
      System.clearProperty(key);
    }
  }
}
