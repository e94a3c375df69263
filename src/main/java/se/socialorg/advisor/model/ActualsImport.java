package se.socialorg.advisor.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One imported file of actual results, stored as values (never a reference to the file), like a
 * survey: where it came from, when it was imported, the days it covers and its monthly sums.
 *
 * @param source the kind of file
 * @param fileName the source file's name (without folders)
 * @param importedAt when it was imported
 * @param from first day with a row
 * @param to last day with a row
 * @param months monthly sums, in month order, only months with rows
 * @param impressionsFromReach true when the platform reported potential reach (network size)
 *     rather than impressions, and impressions were estimated as reach x organic visibility
 */
public record ActualsImport(
    ActualsSource source,
    String fileName,
    Instant importedAt,
    LocalDate from,
    LocalDate to,
    List<ActualsMonth> months,
    boolean impressionsFromReach) {

  public ActualsImport {
    Objects.requireNonNull(source, "source");
    fileName = fileName == null ? "" : fileName;
    Objects.requireNonNull(importedAt, "importedAt");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    months = List.copyOf(months);
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " is before from " + from);
    }
  }

  /** True when this import and {@code other} are of the same kind and share at least one day. */
  public boolean overlaps(ActualsImport other) {
    return source == other.source && !to.isBefore(other.from) && !other.to.isBefore(from);
  }
}
