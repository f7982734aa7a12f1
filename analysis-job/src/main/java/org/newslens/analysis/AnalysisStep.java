package org.newslens.analysis;

/**
 * One analysis of the selected articles (sentiment, topics, …). A step writes its own tables
 * through the context's sink, may publish frames for later steps (sentiment publishes {@code
 * article_sentiment}), and returns what it adds to the manifest and to the summary printed at the
 * end of a run. Adding an analysis is one more step in {@link AnalysisPipeline#steps}.
 */
public interface AnalysisStep {
  /** Key of this step's section in the manifest. */
  String name();

  StepResult run(AnalysisContext context);
}
