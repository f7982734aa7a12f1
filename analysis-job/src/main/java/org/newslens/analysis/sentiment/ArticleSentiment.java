package org.newslens.analysis.sentiment;

import java.util.List;

/**
 * One article's sentiment from its sentences (title first, then body, split by {@link
 * SentenceSplitter}): the mean sentence score, the shares of positive, negative and neutral
 * sentences, the article's label, and its most positive and most negative sentences (the earliest
 * on ties). An article without sentences has a null score, shares, label and extremes. Pure; the
 * values of {@link SentimentTables#ARTICLE_SENTIMENT}.
 */
public record ArticleSentiment(
    int sentences,
    Double score,
    Double positiveShare,
    Double negativeShare,
    Double neutralShare,
    String label,
    String mostPositiveSentence,
    Double mostPositiveScore,
    String mostNegativeSentence,
    Double mostNegativeScore) {

  private static final ArticleSentiment NONE =
      new ArticleSentiment(0, null, null, null, null, null, null, null, null, null);

  /**
   * The values in the order of {@link SentimentTables#ARTICLE_SCORES}, after its article columns.
   */
  public Object[] values() {
    return new Object[] {
      sentences,
      score,
      positiveShare,
      negativeShare,
      neutralShare,
      label,
      mostPositiveSentence,
      mostPositiveScore,
      mostNegativeSentence,
      mostNegativeScore
    };
  }

  /** Title (if any) then body, split into sentences. */
  public static List<String> sentences(String title, String text) {
    List<String> sentences = SentenceSplitter.split(title);
    sentences.addAll(SentenceSplitter.split(text));
    return sentences;
  }

  /**
   * Scores the article's sentences with {@code scorer} and labels sentences and the article with
   * the neutral band {@code band} ({@link SentimentLabels}).
   */
  public static ArticleSentiment of(String title, String text, SentenceScorer scorer, double band) {
    List<String> sentences = sentences(title, text);
    int n = sentences.size();
    if (n == 0) {
      return NONE;
    }
    double sum = 0;
    int positive = 0;
    int negative = 0;
    int best = -1;
    int worst = -1;
    double bestScore = 0;
    double worstScore = 0;
    for (int i = 0; i < n; i++) {
      double s = scorer.score(sentences.get(i));
      sum += s;
      if (s >= band) {
        positive++;
      } else if (s <= -band) {
        negative++;
      }
      if (best < 0 || s > bestScore) {
        best = i;
        bestScore = s;
      }
      if (worst < 0 || s < worstScore) {
        worst = i;
        worstScore = s;
      }
    }
    double score = sum / n;
    double positiveShare = positive / (double) n;
    double negativeShare = negative / (double) n;
    return new ArticleSentiment(
        n,
        score,
        positiveShare,
        negativeShare,
        1.0 - positiveShare - negativeShare,
        SentimentLabels.label(score, band),
        sentences.get(best),
        bestScore,
        sentences.get(worst),
        worstScore);
  }
}
