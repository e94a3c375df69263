package se.socialorg.advisor.ui.followup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.socialorg.advisor.store.followup.FollowUpFileException;
import se.socialorg.advisor.store.followup.FollowUpFiles;

/**
 * Which recent scenarios have a review date that has passed, for the home screen. Reads the
 * follow-up files beside them (call off the FX thread); a scenario without one, or with one that
 * cannot be read, is simply not announced (the follow-up screen says why when it is opened).
 */
public final class ReviewNotices {

  /** A scenario whose review is due. */
  public record Notice(Path scenario, LocalDate review) {}

  private static final Logger LOG = Logger.getLogger(ReviewNotices.class.getName());

  private ReviewNotices() {}

  public static List<Notice> due(List<Path> scenarios, FollowUpFiles files, LocalDate today) {
    List<Notice> out = new ArrayList<>();
    for (Path s : scenarios) {
      if (!Files.exists(FollowUpFiles.beside(s))) {
        continue;
      }
      try {
        Optional<LocalDate> due = files.readBeside(s).reviewDue(today);
        due.ifPresent(d -> out.add(new Notice(s, d)));
      } catch (FollowUpFileException e) {
        LOG.log(Level.FINE, "follow-up of " + s + " not readable", e);
      }
    }
    return out;
  }
}
