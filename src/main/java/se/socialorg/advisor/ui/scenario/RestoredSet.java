package se.socialorg.advisor.ui.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.FollowUp;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.followup.FollowUpFiles;

/**
 * The remembered comparison read back (off the FX thread): the files still there and readable,
 * and the names of those left out.
 */
record RestoredSet(List<Loaded> loaded, List<String> missing, List<String> unreadable) {

  private static final Logger LOG = Logger.getLogger(RestoredSet.class.getName());

  record Loaded(Path file, Scenario scenario, FollowUp followUp) {}

  static RestoredSet read(List<Path> files, CompareViewModel.Reader reader,
      FollowUpFiles followUps) {
    List<Loaded> loaded = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    for (Path file : files) {
      String name = String.valueOf(file.getFileName());
      if (!Files.isRegularFile(file)) {
        missing.add(name);
        continue;
      }
      try {
        loaded.add(new Loaded(file, reader.read(file), followUps.readBeside(file)));
      } catch (Exception e) {
        LOG.log(Level.INFO, "A remembered compared scenario could not be read: " + file, e);
        unreadable.add(name);
      }
    }
    return new RestoredSet(loaded, missing, unreadable);
  }

  /** What was left out, in one line; empty when every file came back. */
  String status(I18n t) {
    List<String> parts = new ArrayList<>();
    if (!missing.isEmpty()) {
      parts.add(t.t("compare.status.missing", String.join(", ", missing)));
    }
    if (!unreadable.isEmpty()) {
      parts.add(t.t("compare.status.unreadable", String.join(", ", unreadable)));
    }
    return String.join(" ", parts);
  }
}
