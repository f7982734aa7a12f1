package org.newslens.ingest.dedup;

import java.util.Arrays;
import java.util.Locale;

/**
 * MinHash signatures of a text's word shingles, by one-permutation hashing: each shingle (five
 * consecutive words, lower case) is hashed once, the hash's top bits choose one of {@value #BINS}
 * bins and the bin keeps its smallest hash (Li, Owen and Zhang, "One Permutation Hashing", NIPS
 * 2012). Empty bins (texts of fewer shingles than bins) take the value of the next filled bin to
 * their right, offset by the distance, so that two texts agree on an empty bin only as often as on
 * a filled one (rotation densification: Shrivastava and Li, ICML 2014). The share of bins on which
 * two signatures agree estimates the Jaccard similarity of the two shingle sets.
 *
 * <p>Pure: no Spark, the same signature on every machine.
 */
public final class MinHash {
  /** Bins of a signature. */
  public static final int BINS = 128;

  /** Words per shingle. */
  public static final int SHINGLE_WORDS = 5;

  private static final int BIN_BITS = Integer.numberOfTrailingZeros(BINS);

  private MinHash() {}

  /**
   * The signature of {@code text}, or null when it has no word; a text of fewer than {@value
   * #SHINGLE_WORDS} words is one shingle.
   */
  public static int[] signature(String text) {
    if (text == null) {
      return null;
    }
    long[] words = wordHashes(text);
    if (words.length == 0) {
      return null;
    }
    long[] mins = new long[BINS];
    Arrays.fill(mins, Long.MAX_VALUE);
    int shingles = Math.max(1, words.length - SHINGLE_WORDS + 1);
    for (int i = 0; i < shingles; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int w = i; w < Math.min(words.length, i + SHINGLE_WORDS); w++) {
        h = mix(h ^ words[w]);
      }
      int bin = (int) (h >>> (64 - BIN_BITS));
      long value = h & 0xFFFFFFFFL;
      if (value < mins[bin]) {
        mins[bin] = value;
      }
    }
    int[] out = new int[BINS];
    for (int b = 0; b < BINS; b++) {
      int from = b;
      int distance = 0;
      while (mins[from] == Long.MAX_VALUE) {
        from = (from + 1) % BINS;
        distance++;
      }
      out[b] = (int) mins[from] + distance * 0x61C88647;
    }
    return out;
  }

  /** The share of bins on which two signatures agree: the estimated Jaccard similarity. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < BINS; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) BINS;
  }

  /** A 64-bit hash of each word (runs of letters and digits), lower case. */
  private static long[] wordHashes(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    long[] out = new long[Math.max(16, lower.length() / 5)];
    int n = 0;
    long h = 0;
    boolean inWord = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        h = 31 * h + c;
        inWord = true;
      } else if (inWord) {
        if (n == out.length) {
          out = Arrays.copyOf(out, 2 * n);
        }
        out[n++] = mix(h);
        h = 0;
        inWord = false;
      }
    }
    if (inWord) {
      if (n == out.length) {
        out = Arrays.copyOf(out, n + 1);
      }
      out[n++] = mix(h);
    }
    return Arrays.copyOf(out, n);
  }

  /** The finaliser of SplitMix64: every input bit moves every output bit. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
