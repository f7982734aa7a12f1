package org.newslens.ingest.dedup;

import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;
import static org.apache.spark.sql.functions.zip_with;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/**
 * Near-duplicate clusters of articles at Spark scale, never comparing all pairs: each article's
 * {@link MinHash} signature is cut into {@value #BANDS} bands of {@value #ROWS} values; articles
 * that share a band's values fall in one bucket (locality-sensitive hashing), and each bucket pairs
 * its members with its first member only, so candidates grow with the articles, not their square. A
 * candidate pair is kept when its signatures agree on at least {@code threshold} of their bins (the
 * estimated Jaccard similarity of their word-shingle sets); clusters are the connected components
 * of the kept pairs, found by passing the smallest id along them until nothing changes.
 *
 * <p>A pair of similarity s shares at least one band with probability 1 - (1 - s^4)^32: 0.87 at s =
 * 0.5, 0.99 at 0.6, 0.56 at 0.4; copies cut to different lengths are also joined through the copies
 * between them.
 */
public final class NearDuplicates {
  public static final int BANDS = 32;
  public static final int ROWS = MinHash.BINS / BANDS;

  /** The estimated Jaccard similarity from which two articles are near-duplicates. */
  public static final double DEFAULT_THRESHOLD = 0.5;

  /** Passes of the component search before it stops (clusters are small; it ends far sooner). */
  static final int MAX_PASSES = 30;

  public static final String ID = "id";
  public static final String OUTLET = "outlet";
  public static final String DATE = "published_date";
  public static final String TEXT = "text";
  public static final String CLUSTER = "dup_cluster_id";
  public static final String CLUSTER_SIZE = "dup_cluster_size";
  public static final String NEAR_DUPLICATE = "is_near_duplicate";
  public static final String SYNDICATED = "is_syndicated";

  public static final String SIGNATURE = "_signature";

  /** Named pure function behind the signature UDF. */
  private static final UDF1<String, int[]> SIGNATURE_OF = MinHash::signature;

  private NearDuplicates() {}

  /**
   * {@code articles} with the text replaced by its signature ({@code _signature}, null without a
   * word): the narrow frame {@link #clusters} reads. The text is read here only.
   *
   * @param articles {@value #ID}, {@value #OUTLET}, {@value #DATE} (nullable), {@value #TEXT} and
   *     any other column, which is kept
   */
  public static Dataset<Row> signed(Dataset<Row> articles) {
    UserDefinedFunction signatureOf =
        udf(SIGNATURE_OF, DataTypes.createArrayType(DataTypes.IntegerType, false));
    return articles.withColumn(SIGNATURE, signatureOf.apply(col(TEXT))).drop(TEXT);
  }

  /**
   * One row per article that has a near-duplicate: {@value #ID}, {@value #CLUSTER} (the id of the
   * cluster's first article: earliest publication day, undated last, then smallest id), {@value
   * #CLUSTER_SIZE}, {@value #NEAR_DUPLICATE} (an earlier article of the same outlet is in its
   * cluster: a repost or a lightly edited copy) and {@value #SYNDICATED} (its cluster spans more
   * than one outlet).
   *
   * @param signed {@link #signed} rows, read more than once (cache or checkpoint them)
   */
  public static Dataset<Row> clusters(Dataset<Row> signed, double threshold) {
    Dataset<Row> edges = similarPairs(signed.filter(col(SIGNATURE).isNotNull()), threshold);
    Dataset<Row> labels = components(edges);
    Dataset<Row> members = labels.join(signed.select(col(ID), col(OUTLET), col(DATE)), ID);
    WindowSpec cluster = Window.partitionBy(col("label"));
    WindowSpec byTime = cluster.orderBy(col(DATE).asc_nulls_last(), col(ID));
    WindowSpec outletByTime =
        Window.partitionBy(col("label"), col(OUTLET)).orderBy(col(DATE).asc_nulls_last(), col(ID));
    return members.select(
        col(ID),
        first(col(ID)).over(byTime).as(CLUSTER),
        count(lit(1)).over(cluster).as(CLUSTER_SIZE),
        row_number().over(outletByTime).gt(1).as(NEAR_DUPLICATE),
        size(collect_set(col(OUTLET)).over(cluster)).gt(1).as(SYNDICATED));
  }

  /**
   * Candidate pairs from the buckets of every band, kept when their signatures agree on at least
   * {@code threshold} of the bins: {@code a < b}, {@code similarity}.
   */
  static Dataset<Row> similarPairs(Dataset<Row> signed, double threshold) {
    Column bandKeys =
        transform(
            sequence(lit(0), lit(BANDS - 1)),
            b -> xxhash64(b, slice(col(SIGNATURE), b.multiply(ROWS).plus(1), lit(ROWS))));
    Dataset<Row> keys =
        signed.select(col(ID), posexplode(bandKeys).as(new String[] {"band", "bucket"}));
    Dataset<Row> firsts =
        keys.groupBy(col("band"), col("bucket"))
            .agg(min(col(ID)).as("first"), count(lit(1)).as("n"))
            .filter(col("n").gt(1));
    Dataset<Row> candidates =
        keys.join(firsts, new String[] {"band", "bucket"})
            .filter(col(ID).notEqual(col("first")))
            .select(col("first").as("a"), col(ID).as("b"))
            .distinct();
    Dataset<Row> left = signed.select(col(ID).as("a"), col(SIGNATURE).as("sa"));
    Dataset<Row> right = signed.select(col(ID).as("b"), col(SIGNATURE).as("sb"));
    Column agreeing =
        aggregate(
            zip_with(col("sa"), col("sb"), (x, y) -> when(x.equalTo(y), 1).otherwise(0)),
            lit(0),
            (acc, x) -> acc.plus(x));
    return candidates
        .join(left, "a")
        .join(right, "b")
        .select(col("a"), col("b"), agreeing.divide(MinHash.BINS).as("similarity"))
        .filter(col("similarity").geq(threshold));
  }

  /**
   * The connected components of {@code edges} ({@code a}, {@code b}): one row per id that is in a
   * pair, with {@code label}, the smallest id of its component.
   */
  static Dataset<Row> components(Dataset<Row> edges) {
    Dataset<Row> both =
        edges
            .select(col("a").as("src"), col("b").as("dst"))
            .unionByName(edges.select(col("b").as("src"), col("a").as("dst")))
            .localCheckpoint();
    Dataset<Row> labels =
        both.groupBy(col("src").as(ID))
            .agg(least(min(col("dst")), first(col("src"))).as("label"))
            .localCheckpoint();
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      Dataset<Row> offered =
          both.join(labels.withColumnRenamed(ID, "src"), "src")
              .groupBy(col("dst").as(ID))
              .agg(min(col("label")).as("offered"));
      Dataset<Row> next =
          labels
              .join(offered, ID)
              .select(col(ID), least(col("label"), col("offered")).as("label"))
              .localCheckpoint();
      long changed =
          next.join(labels.withColumnRenamed("label", "was"), ID)
              .filter(col("label").notEqual(col("was")))
              .count();
      labels = next;
      if (changed == 0) {
        break;
      }
    }
    return labels;
  }
}
