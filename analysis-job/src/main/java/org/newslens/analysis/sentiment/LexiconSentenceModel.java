package org.newslens.analysis.sentiment;

/** The rule-based scorer as a {@link SentenceModel}: {@link LexiconScorer#score}. */
public final class LexiconSentenceModel implements SentenceModel {
  @Override
  public SentenceScorer scorer() {
    return text -> LexiconScorer.get().score(text);
  }

  @Override
  public double neutralBand() {
    return SentimentLabels.EVIDENCE;
  }

  @Override
  public String id() {
    return LexiconScorer.MODEL_ID;
  }

  @Override
  public String version() {
    return LexiconScorer.MODEL_VERSION;
  }
}
