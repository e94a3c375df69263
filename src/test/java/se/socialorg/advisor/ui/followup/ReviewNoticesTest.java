package se.socialorg.advisor.ui.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.model.FollowUp;
import se.socialorg.advisor.store.followup.FollowUpFiles;

class ReviewNoticesTest {

  @TempDir Path dir;

  private final FollowUpFiles files = new FollowUpFiles();

  private Path scenario(String name, LocalDate... reviews) throws Exception {
    Path s = dir.resolve(name + ".soa.json");
    files.writeBeside(FollowUp.empty().withRecord(null, "", List.of(reviews)), s, Instant.EPOCH);
    return s;
  }

  @Test
  void onlyScenariosWhoseReviewHasPassedAreAnnounced() throws Exception {
    Path due = scenario("due", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 9, 1));
    Path later = scenario("later", LocalDate.of(2027, 9, 1));
    Path none = dir.resolve("none.soa.json");
    var notices = ReviewNotices.due(List.of(due, later, none), files, LocalDate.of(2027, 3, 1));
    assertThat(notices).containsExactly(new ReviewNotices.Notice(due, LocalDate.of(2027, 3, 1)));
  }

  @Test
  void aDamagedFollowUpFileIsNotAnnouncedAndDoesNotStopTheOthers() throws Exception {
    Path bad = dir.resolve("bad.soa.json");
    Files.writeString(FollowUpFiles.beside(bad), "{ not json");
    Path due = scenario("due", LocalDate.of(2027, 1, 1));
    assertThat(ReviewNotices.due(List.of(bad, due), files, LocalDate.of(2027, 2, 1))).hasSize(1);
  }
}
