package org.newslens.analysis.evaluate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Normalised mutual information between two labellings of the same items, normalised by the
 * arithmetic mean of the two entropies (scikit-learn's default {@code
 * normalized_mutual_info_score}): 1 for identical partitions up to renaming, near 0 for independent
 * ones.
 */
public final class Nmi {
  private Nmi() {}

  /**
   * NMI of two equally long label lists; item {@code i} has labels {@code a.get(i)} and {@code
   * b.get(i)}.
   */
  public static <A, B> double score(List<A> a, List<B> b) {
    if (a.size() != b.size()) {
      throw new IllegalArgumentException(
          "label lists differ in length: " + a.size() + " vs " + b.size());
    }
    int n = a.size();
    if (n == 0) {
      throw new IllegalArgumentException("no items to score");
    }
    Map<A, Integer> countA = new HashMap<>();
    Map<B, Integer> countB = new HashMap<>();
    Map<Map.Entry<A, B>, Integer> joint = new HashMap<>();
    for (int i = 0; i < n; i++) {
      countA.merge(a.get(i), 1, Integer::sum);
      countB.merge(b.get(i), 1, Integer::sum);
      joint.merge(Map.entry(a.get(i), b.get(i)), 1, Integer::sum);
    }
    double hA = entropy(countA.values(), n);
    double hB = entropy(countB.values(), n);
    if (hA == 0 && hB == 0) {
      return 1.0;
    }
    double mi = 0;
    for (Map.Entry<Map.Entry<A, B>, Integer> cell : joint.entrySet()) {
      double pab = cell.getValue() / (double) n;
      double pa = countA.get(cell.getKey().getKey()) / (double) n;
      double pb = countB.get(cell.getKey().getValue()) / (double) n;
      mi += pab * Math.log(pab / (pa * pb));
    }
    return Math.max(0, mi) / ((hA + hB) / 2);
  }

  private static double entropy(Iterable<Integer> counts, int n) {
    double h = 0;
    for (int c : counts) {
      double p = c / (double) n;
      h -= p * Math.log(p);
    }
    return h;
  }
}
