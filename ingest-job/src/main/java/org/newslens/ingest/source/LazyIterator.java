package org.newslens.ingest.source;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** An iterator whose elements are computed on demand; it closes its source after the last one. */
abstract class LazyIterator implements Iterator<ReadResult> {
  private ReadResult next;
  private boolean done;

  /** The next element, or {@link #endOfData()}. */
  protected abstract ReadResult computeNext();

  protected abstract void close();

  protected final ReadResult endOfData() {
    done = true;
    close();
    return null;
  }

  /** Returns {@code failure} as the last element. */
  protected final ReadResult failAndEnd(ReadResult failure) {
    done = true;
    close();
    return failure;
  }

  @Override
  public final boolean hasNext() {
    if (next == null && !done) {
      next = computeNext();
    }
    return next != null;
  }

  @Override
  public final ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ReadResult result = next;
    next = null;
    return result;
  }
}
