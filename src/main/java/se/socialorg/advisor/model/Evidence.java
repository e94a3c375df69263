package se.socialorg.advisor.model;

import java.util.Locale;
import java.util.Optional;

/** How close a figure's source is to the survey that produced it. */
public enum Evidence {
  /** The originator's own report, deck or page. */
  PRIMARY,
  /** A third party reporting the originator's figure. */
  SECONDARY,
  /** Not stated (a figure the user typed without saying). */
  UNKNOWN;

  /** The id stored in the library and in figures files: {@code primary}, {@code secondary}, or empty. */
  public String id() {
    return this == UNKNOWN ? "" : name().toLowerCase(Locale.ROOT);
  }

  /** The evidence for a stored or typed id ({@code primary}, {@code secondary}; blank is unknown). */
  public static Optional<Evidence> fromId(String id) {
    if (id == null || id.isBlank()) {
      return Optional.of(UNKNOWN);
    }
    for (Evidence e : values()) {
      if (e != UNKNOWN && e.id().equalsIgnoreCase(id.strip())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
