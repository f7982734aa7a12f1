package org.newslens.analysis;

/**
 * One analysis of the selected articles (sentiment, topics, …). A step is built with the frames of
 * the article pass it reads, writes its own tables through the context's sink, and returns what it
 * adds to the manifest and to the summary printed at the end of a run. Adding an analysis is one
 * more step in {@link AnalysisPipeline#run}.
 */
public interface AnalysisStep {
  /** Key of this step's section in the manifest. */
  String name();

  StepResult run(AnalysisContext context);
}
