package org.newslens.common.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newslens.common.manifest.RunManifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run's output folder, written out of sight and published only when everything succeeded.
 *
 * <p>A run writes its tables to {@code <output>/_staging/<run>/<table>} and its working copies to
 * {@code <output>/_staging/<run>/_work/}; nothing under {@code <output>} outside {@code _staging}
 * changes while the run works, so a run that fails or is killed leaves the previous output as it
 * was (or none). {@link #publish} then
 *
 * <ol>
 *   <li>drops the working copies and writes the manifest into the run folder;
 *   <li>writes the journal {@code _PUBLISHING}: which tables to move into place and which tables of
 *       the job an older run left that this run does not write (to delete);
 *   <li>deletes the old {@code _manifest.json}, so that a half-published folder is never taken for
 *       a complete run;
 *   <li>replaces each table by its staged copy (one delete and one rename each), deletes the stale
 *       ones;
 *   <li>moves the manifest into place, last, and deletes the run folder.
 * </ol>
 *
 * The next run to open the output ({@link #open}) cleans up after a killed one: a run folder
 * without a journal (killed before step 2) is deleted; one with a journal (killed while publishing)
 * is published to the end first, since its tables were complete and the old ones may be gone. Every
 * step goes through the Hadoop {@link FileSystem} API, so it works on local paths and on HDFS alike
 * (where a rename is atomic; on object stores such as s3a a rename is a copy, and the publish is
 * only as quick as that copy). One run at a time may write to an output folder.
 */
public final class StagedOutput {
  private static final Logger LOG = LoggerFactory.getLogger(StagedOutput.class);

  /** The folder under the output that holds the runs at work. */
  public static final String STAGING = "_staging";

  /** The folder under a run's folder that holds its working copies. */
  static final String WORK = "_work";

  /** The journal that marks a run whose tables are complete and are being moved into place. */
  static final String JOURNAL = "_PUBLISHING";

  private static final DateTimeFormatter RUN_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final String output;
  private final FileSystem fs;
  private final Path outputPath;
  private final Path run;
  private final List<String> owned;
  private final boolean createdOutput;
  private final Configuration conf;

  private StagedOutput(
      String output,
      FileSystem fs,
      Path run,
      List<String> owned,
      boolean createdOutput,
      Configuration conf) {
    this.output = output.replaceAll("/+$", "");
    this.fs = fs;
    this.outputPath = new Path(this.output);
    this.run = run;
    this.owned = List.copyOf(owned);
    this.createdOutput = createdOutput;
    this.conf = conf;
  }

  /**
   * Cleans up what killed runs left under {@code output} and opens a new run folder there.
   *
   * @param owned the names of the entries the job writes under the output (its tables and model
   *     folders); {@link #publish} replaces these and only these, plus the manifest
   */
  public static StagedOutput open(String output, List<String> owned, Configuration conf)
      throws IOException {
    Path out = new Path(output.replaceAll("/+$", ""));
    FileSystem fs = out.getFileSystem(conf);
    boolean existed = fs.exists(out);
    recover(fs, out);
    String name =
        RUN_TIME.format(java.time.Instant.now())
            + "-"
            + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffL);
    Path run = new Path(new Path(out, STAGING), name);
    if (!fs.mkdirs(run)) {
      throw new IOException("cannot create the run folder " + run);
    }
    return new StagedOutput(output, fs, run, owned, !existed, conf);
  }

  /** The published output folder, as given. */
  public String output() {
    return output;
  }

  /** This run's folder: the tables it writes go directly under it. */
  public String runFolder() {
    return run.toString();
  }

  /** Where this run writes the entry {@code name} before it is published. */
  public String stagedPath(String name) {
    return new Path(run, name).toString();
  }

  /** Where this run keeps a working copy {@code name}; never published. */
  public String workPath(String name) {
    return new Path(new Path(run, WORK), name).toString();
  }

  /** Where the entry {@code name} is once published. */
  public String publishedPath(String name) {
    return output + "/" + name;
  }

  /**
   * Publishes the staged entries and then the manifest, as the class comment tells. An owned entry
   * that this run did not stage is deleted from the output.
   */
  public void publish(RunManifest manifest) throws IOException {
    fs.delete(new Path(run, WORK), true);
    manifest.write(run.toString(), conf);
    List<String> journal = new ArrayList<>();
    for (String name : owned) {
      journal.add((fs.exists(new Path(run, name)) ? "move " : "drop ") + name);
    }
    // written whole under another name first: a journal is either complete or absent
    Path draft = new Path(run, JOURNAL + ".draft");
    try (OutputStream out = fs.create(draft, true)) {
      out.write((String.join("\n", journal) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    rename(fs, draft, new Path(run, JOURNAL));
    finish(fs, outputPath, run);
    LOG.info("published {} to {}", owned, output);
  }

  /**
   * Deletes this run's folder after a failure, leaving the output as it was before the run; an
   * output folder the run created and left empty is deleted too.
   */
  public void abandon() {
    try {
      fs.delete(run, true);
      deleteIfEmpty(fs, new Path(outputPath, STAGING));
      if (createdOutput) {
        deleteIfEmpty(fs, outputPath);
      }
    } catch (IOException e) {
      LOG.warn("could not delete the run folder {}: {}", run, e.getMessage());
    }
  }

  /**
   * True when {@code output} exists, unless it holds nothing but the leftovers of runs that never
   * started to publish: an output that exists is refused without {@code --overwrite}, but a folder
   * holding only such a {@code _staging} (a first run killed before publishing) counts as absent.
   */
  public static boolean holdsOutput(FileSystem fs, Path output) throws IOException {
    if (!fs.exists(output)) {
      return false;
    }
    if (!fs.getFileStatus(output).isDirectory()) {
      return true;
    }
    FileStatus[] children = fs.listStatus(output);
    if (children.length != 1 || !children[0].getPath().getName().equals(STAGING)) {
      return true;
    }
    Path staging = new Path(output, STAGING);
    if (fs.exists(staging)) {
      for (FileStatus run : fs.listStatus(staging)) {
        if (fs.exists(new Path(run.getPath(), JOURNAL))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Finishes or deletes every run folder left under {@code output}. */
  static void recover(FileSystem fs, Path output) throws IOException {
    Path staging = new Path(output, STAGING);
    if (!fs.exists(staging)) {
      return;
    }
    for (FileStatus left : fs.listStatus(staging)) {
      Path folder = left.getPath();
      if (fs.exists(new Path(folder, JOURNAL))) {
        LOG.warn("finishing the publish of the interrupted run {}", folder);
        finish(fs, output, folder);
      } else {
        LOG.warn("deleting the unpublished run {}", folder);
        fs.delete(folder, true);
      }
    }
    deleteIfEmpty(fs, staging);
  }

  /**
   * Steps 3 to 5 of the publish, from the journal of {@code run}; safe to repeat after a kill at
   * any point (an entry already moved is no longer staged, and the staged manifest goes last).
   */
  private static void finish(FileSystem fs, Path output, Path run) throws IOException {
    Path stagedManifest = new Path(run, RunManifest.FILE_NAME);
    Path manifest = new Path(output, RunManifest.FILE_NAME);
    if (fs.exists(stagedManifest)) {
      fs.delete(manifest, false);
      for (String line : readLines(fs, new Path(run, JOURNAL))) {
        String[] step = line.split(" ", 2);
        Path target = new Path(output, step[1]);
        Path staged = new Path(run, step[1]);
        if (step[0].equals("drop")) {
          fs.delete(target, true);
        } else if (fs.exists(staged)) {
          fs.delete(target, true);
          rename(fs, staged, target);
        }
      }
      rename(fs, stagedManifest, manifest);
    }
    fs.delete(run, true);
    deleteIfEmpty(fs, new Path(output, STAGING));
  }

  private static void rename(FileSystem fs, Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("cannot move " + from + " to " + to);
    }
  }

  private static List<String> readLines(FileSystem fs, Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(fs.open(file), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          lines.add(line.strip());
        }
      }
    }
    return lines;
  }

  private static void deleteIfEmpty(FileSystem fs, Path folder) throws IOException {
    if (fs.exists(folder) && fs.listStatus(folder).length == 0) {
      fs.delete(folder, false);
    }
  }
}
