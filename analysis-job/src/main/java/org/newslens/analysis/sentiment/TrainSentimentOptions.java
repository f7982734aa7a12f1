package org.newslens.analysis.sentiment;

import java.io.IOException;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.newslens.analysis.PathChecks;
import org.newslens.common.cli.Args;
import org.newslens.common.cli.UsageException;

/**
 * {@code train-sentiment --labels F --model DIR [--split-half a|b] [--score-scale S]
 * [--overwrite]}.
 *
 * @param labels JSONL with {@code id}, {@code text} and {@code score} (numeric) or {@code label}
 * @param model folder to save the fitted pipeline in
 * @param splitHalf train only on this half of the split by document ({@link EditorialSplit}), or
 *     null for all
 * @param scoreScale divide scores by this to bring them into [-1, 1]; 0 means: 4 if any |score|
 *     exceeds 1, else 1
 * @param overwrite replace an existing model folder
 */
public record TrainSentimentOptions(
    String labels, String model, String splitHalf, double scoreScale, boolean overwrite) {
  public static final String USAGE =
      String.join(
          "\n",
          "usage: bin/newslens train-sentiment --labels F --model DIR [--split-half a|b] [--score-scale S] [--overwrite]",
          "",
          "Fits a sentence sentiment model on labelled sentences and saves it as an MLlib pipeline: ridge",
          "regression on the rule-based score, a sentence embedding (all-MiniLM-L6-v2, bundled, run in-process)",
          "and the rule-adjusted valence of each lexicon word. The ridge strength is chosen by 5-fold",
          "cross-validation grouped by document (id part before '_') on the training rows only; the folds'",
          "Pearson r is printed. The score estimates the mean rating / 4.",
          "Use it with 'analyze --sentiment-model DIR' and 'evaluate sentiment --model DIR'.",
          "",
          "  --labels F         JSONL, one sentence a line: \"id\", \"text\", and \"score\" (a number) or \"label\"",
          "                     (positive, neutral, negative -> +1, 0, -1); a line with both uses the score",
          "  --model DIR        folder to save the model in (refused if it exists, unless --overwrite)",
          "  --split-half a|b   train on one half only, split by document (id part before '_'; a = even CRC-32),",
          "                     so 'evaluate sentiment --split-half' on the other half tests it on unseen documents",
          "  --score-scale S    divide scores by S to bring them into [-1, 1] (default: 4 when some |score| > 1,",
          "                     as in VADER's -4..+4 ratings, else 1)",
          "  --overwrite        replace an existing model folder",
          "  --help             this text");

  public static TrainSentimentOptions parse(String[] argv) throws UsageException {
    Args args =
        Args.parse(
            argv,
            Set.of("labels", "model", "split-half", "score-scale"),
            Set.of("overwrite", "help"));
    if (!args.positional().isEmpty()) {
      throw new UsageException(
          "unexpected argument '" + args.positional().get(0) + "' (see --help)");
    }
    double scale = args.getDouble("score-scale", 0.0);
    if (scale < 0) {
      throw new UsageException("--score-scale must be positive, got " + scale);
    }
    return new TrainSentimentOptions(
        args.require("labels"),
        args.require("model"),
        EditorialSplit.half(args.get("split-half", null)),
        scale,
        args.has("overwrite"));
  }

  public void checkPaths(Configuration conf) throws UsageException {
    PathChecks.requireExists(labels, "labels", conf);
    try {
      Path out = new Path(model);
      if (!overwrite && out.getFileSystem(conf).exists(out)) {
        throw new UsageException("model " + model + " exists; use --overwrite to replace it");
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new UsageException("cannot check model folder " + model + ": " + e.getMessage());
    }
  }
}
