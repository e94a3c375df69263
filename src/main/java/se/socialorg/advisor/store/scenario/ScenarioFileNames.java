package se.socialorg.advisor.store.scenario;

import java.nio.file.Path;
import java.util.Locale;
import se.socialorg.advisor.model.Scenario;

/**
 * File names for scenarios: what Save As suggests, and the name typed made into a scenario file
 * without ever doubling the extension ("Tech AB", "Tech AB.json", "Tech AB.soa" and "Tech
 * AB.soa.json" all give {@code Tech AB.soa.json}).
 */
public final class ScenarioFileNames {

  private static final String[] ENDINGS = {".soa.json", ".json", ".soa"};

  /** Longest suggested base name, in characters. */
  static final int MAX_BASE = 80;

  private ScenarioFileNames() {}

  /** The chosen file with exactly one {@value ScenarioFiles#EXTENSION}. */
  public static Path withExtension(Path chosen) {
    return chosen.resolveSibling(base(chosen.getFileName().toString()) + ScenarioFiles.EXTENSION);
  }

  /** The name without any of .soa.json, .json, .soa (repeated, any case) at its end. */
  public static String base(String fileName) {
    String n = fileName.strip();
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (String e : ENDINGS) {
        if (n.length() > e.length() && n.toLowerCase(Locale.ROOT).endsWith(e)) {
          n = n.substring(0, n.length() - e.length()).strip();
          stripped = true;
        }
      }
    }
    return n;
  }

  /**
   * The case's name as people read it: "Organisation – Scenario", or whichever of the two is
   * given; empty when neither is.
   */
  public static String caseName(Scenario s) {
    String org = s.organisationName().strip();
    String name = s.name().strip();
    if (org.isEmpty() || name.isEmpty() || name.equalsIgnoreCase(org)) {
      return org.isEmpty() ? name : org;
    }
    return org + " – " + name;
  }

  /**
   * The file name Save As suggests: the case's name with characters that file systems refuse
   * replaced, and the extension; {@code fallback} when the case has no name.
   */
  public static String suggested(Scenario s, String fallback) {
    String n = caseName(s).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").replaceAll("\\s+", " ").strip();
    while (n.endsWith(".")) {
      n = n.substring(0, n.length() - 1).strip();
    }
    if (n.length() > MAX_BASE) {
      n = n.substring(0, MAX_BASE).strip();
    }
    return (n.isEmpty() ? fallback : n) + ScenarioFiles.EXTENSION;
  }
}
