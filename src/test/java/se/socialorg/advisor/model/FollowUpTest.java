package se.socialorg.advisor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpTest {

  private static ActualsImport page(String name, LocalDate from, LocalDate to) {
    return new ActualsImport(
        ActualsSource.LINKEDIN_PAGE, name, Instant.EPOCH, from, to,
        List.of(new ActualsMonth(YearMonth.from(from), 1, 1, 0, 1, 0, 0, Double.NaN, Double.NaN, Double.NaN)),
        false);
  }

  private static final ActualsImport JAN = page("jan.csv", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31));
  private static final ActualsImport JAN_FEB = page("janfeb.csv", LocalDate.of(2027, 1, 20), LocalDate.of(2027, 2, 28));

  @Test
  void anOverlappingImportIsRefusedSoNoDayCountsTwice() {
    FollowUp f = FollowUp.empty().withImport(JAN, false);
    assertThatThrownBy(() -> f.withImport(JAN_FEB, false))
        .isInstanceOfSatisfying(FollowUp.OverlapException.class, e -> assertThat(e.existing()).containsExactly(JAN));
  }

  @Test
  void theSameFileImportedTwiceIsRefused() {
    FollowUp f = FollowUp.empty().withImport(JAN, false);
    assertThatThrownBy(() -> f.withImport(JAN, false)).isInstanceOf(FollowUp.OverlapException.class);
  }

  @Test
  void replacingRemovesTheOverlappedImport() {
    FollowUp f = FollowUp.empty().withImport(JAN, false).withImport(JAN_FEB, true);
    assertThat(f.imports()).containsExactly(JAN_FEB);
  }

  @Test
  void importsOfDifferentKindsMayCoverTheSameDays() {
    ActualsImport platform =
        new ActualsImport(ActualsSource.ADVOCACY_PLATFORM, "p.csv", Instant.EPOCH, JAN.from(), JAN.to(), JAN.months(), false);
    assertThat(FollowUp.empty().withImport(JAN, false).withImport(platform, false).imports()).hasSize(2);
  }

  @Test
  void adjoiningPeriodsDoNotOverlap() {
    ActualsImport feb = page("feb.csv", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28));
    assertThat(FollowUp.empty().withImport(JAN, false).withImport(feb, false).imports()).hasSize(2);
  }

  @Test
  void aReviewDateIsDueOnItsDayAndAfter() {
    FollowUp f = FollowUp.empty().withRecord(null, "", List.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 9, 1)));
    assertThat(f.reviewDue(LocalDate.of(2027, 2, 28))).isEmpty();
    assertThat(f.reviewDue(LocalDate.of(2027, 3, 1))).contains(LocalDate.of(2027, 3, 1));
    assertThat(f.nextReview(LocalDate.of(2027, 3, 1))).contains(LocalDate.of(2027, 9, 1));
  }
}
