package org.newslens.analysis.evaluate;

import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.newslens.analysis.PathChecks;
import org.newslens.analysis.sentiment.EditorialSplit;
import org.newslens.common.cli.Args;
import org.newslens.common.cli.UsageException;

/**
 * {@code evaluate sentiment}: {@code --ground-truth F --predictions P [--model DIR] [--split-half
 * a|b]}.
 *
 * @param groundTruth JSONL with at least {@code id} and {@code text} (nothing else is read)
 * @param predictions JSONL written with {@code {"id","score","label"}} for every id
 * @param model a model saved by train-sentiment, or null for the lexicon scorer
 * @param splitHalf only the ids of this half (see {@link EditorialSplit}), or null for all
 */
public record SentimentEvaluationOptions(
    String groundTruth, String predictions, String model, String splitHalf) {
  public static final String USAGE =
      String.join(
          "\n",
          "usage: bin/newslens evaluate sentiment --ground-truth F --predictions P [--model DIR] [--split-half a|b]",
          "",
          "Scores the text of every line of F (JSONL; only 'id' and 'text' are read) like 'analyze' scores an",
          "article (sentences split, scored, averaged) and writes P: one {\"id\",\"score\",\"label\"} per id.",
          "Score it with: /usr/bin/python3 ../shared/benchmarks/sentiment/score.py F P",
          "",
          "  --ground-truth F   benchmark JSONL (any Hadoop path)",
          "  --predictions P    predictions JSONL to write (replaced if it exists)",
          "  --model DIR        use a model saved by 'newslens train-sentiment' (default: the lexicon scorer)",
          "  --split-half a|b   only the ids of one half of the split by document (id part before '_'; a = even",
          "                     CRC-32, b = odd), e.g. to test a model trained with --split-half on the other half",
          "  --help             this text");

  public static SentimentEvaluationOptions parse(String[] argv) throws UsageException {
    Args args =
        Args.parse(
            argv, Set.of("ground-truth", "predictions", "model", "split-half"), Set.of("help"));
    if (!args.positional().isEmpty()) {
      throw new UsageException(
          "unexpected argument '" + args.positional().get(0) + "' (see --help)");
    }
    return new SentimentEvaluationOptions(
        args.require("ground-truth"),
        args.require("predictions"),
        args.get("model", null),
        EditorialSplit.half(args.get("split-half", null)));
  }

  public void checkPaths(Configuration conf) throws UsageException {
    PathChecks.requireExists(groundTruth, "ground truth", conf);
    if (model != null) {
      PathChecks.requireExists(model, "model", conf);
    }
  }
}
