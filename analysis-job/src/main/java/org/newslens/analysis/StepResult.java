package org.newslens.analysis;

import java.util.Map;

/**
 * What a step reports.
 *
 * @param manifest entries for the step's section of {@code _manifest.json} (parameters, counts,
 *     timings)
 * @param summary lines printed on stdout at the end of the run; may be empty
 */
public record StepResult(Map<String, Object> manifest, String summary) {}
