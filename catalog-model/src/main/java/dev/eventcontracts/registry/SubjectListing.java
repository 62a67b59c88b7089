package dev.eventcontracts.registry;

import java.util.List;

/**
 * The subjects a registry listed on {@code GET /subjects}, sorted.
 *
 * @param paged true when the registry honoured {@code offset} and {@code limit}, so the listing was
 *     read page by page to its end; false when it answered every page with the same list, which
 *     then is all there is to read, cut off wherever the registry caps its listing
 */
public record SubjectListing(List<String> subjects, boolean paged) {

  public SubjectListing {
    subjects = List.copyOf(subjects);
  }
}
