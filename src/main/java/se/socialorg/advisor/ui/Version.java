package se.socialorg.advisor.ui;

import java.util.Optional;

/** The application's version, from the jar manifest when packaged. */
final class Version {
  private Version() {}

  /** The version, or empty when running from classes (development). */
  static Optional<String> current() {
    return Optional.ofNullable(Version.class.getPackage().getImplementationVersion());
  }
}
