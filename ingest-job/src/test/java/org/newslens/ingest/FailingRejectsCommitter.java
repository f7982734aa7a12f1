package org.newslens.ingest;

import java.io.IOException;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.JobContext;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.parquet.hadoop.ParquetOutputCommitter;

/**
 * Spark's Parquet committer, except that committing a table named {@code rejects} fails: set as
 * {@code spark.sql.parquet.output.committer.class}, it makes a run fail after its articles are
 * written.
 */
public class FailingRejectsCommitter extends ParquetOutputCommitter {
  private final Path output;

  public FailingRejectsCommitter(Path output, TaskAttemptContext context) throws IOException {
    super(output, context);
    this.output = output;
  }

  @Override
  public void commitJob(JobContext context) throws IOException {
    if (output.getName().equals("rejects")) {
      throw new IOException("no space left writing " + output);
    }
    super.commitJob(context);
  }
}
