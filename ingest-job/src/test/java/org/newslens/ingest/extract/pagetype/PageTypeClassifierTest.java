package org.newslens.ingest.extract.pagetype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newslens.common.schema.PageType;

class PageTypeClassifierTest {
  @Test
  void thereIsOneWeightPerSignalAfterTheBias() {
    assertEquals(PageTypeClassifier.FEATURES.size() + 1, PageTypeClassifier.WEIGHTS.length);
  }

  @Test
  void aPageWithNoSignalForAnyTypeIsOther() {
    assertEquals(
        PageType.OTHER,
        PageTypeClassifier.nonArticleType(new double[PageTypeClassifier.FEATURES.size()]));
  }

  @Test
  void theTypeWithMostVotesWins() {
    double[] x = new double[PageTypeClassifier.FEATURES.size()];
    x[PageTypeClassifier.FEATURES.indexOf("url_listing")] = 1;
    x[PageTypeClassifier.FEATURES.indexOf("ld_product")] = 1;
    x[PageTypeClassifier.FEATURES.indexOf("cart")] = 1;
    assertEquals(PageType.PRODUCT, PageTypeClassifier.nonArticleType(x));
  }

  @Test
  void pricesAndCartsAreCountedFromTextAndMarkupNames() {
    assertEquals(2, PageShape.prices("Was $59.99, now € 49 (or 10 points)"));
    assertTrue(PageShape.speaksOfCart("btn add-to-cart"));
    assertTrue(PageShape.speaksOfCart("mini-basket"));
    assertFalse(PageShape.speaksOfCart("cartoon-strip"));
  }
}
