package se.socialorg.advisor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The status bar's message, without a toolkit (issue 19 item 6). */
class StatusViewModelTest {

  private final StatusViewModel status = new StatusViewModel();

  @Test
  void aMessageLivesAFewSeconds() {
    status.show("Saved acme.soa.json at 14:02");

    assertThat(status.messageProperty().get().lifetime())
        .isBetween(Duration.ofSeconds(3), Duration.ofSeconds(15));
  }

  @Test
  void aMessageWhoseLifetimeRanOutGoes() {
    status.show("Saved acme.soa.json at 14:02");

    status.expired(status.messageProperty().get());

    assertThat(status.messageProperty().get()).isNull();
  }

  @Test
  void theEndOfAnOlderMessageLeavesANewerOne() {
    status.show("Saved acme.soa.json at 14:02");
    StatusViewModel.Message older = status.messageProperty().get();
    status.show("Saved acme.soa.json at 14:03");

    status.expired(older);

    assertThat(status.messageProperty().get().text()).isEqualTo("Saved acme.soa.json at 14:03");
  }

  @Test
  void aMessageAboutAScreenGoesWhenAnotherScreenIsShown() {
    status.showAbout(Screen.WIZARD, "Report saved as board.pdf");

    status.screenShown(Screen.COMPARE);

    assertThat(status.messageProperty().get()).isNull();
  }

  @Test
  void aMessageAboutAScreenStaysWhileItIsShown() {
    status.showAbout(Screen.WIZARD, "Report saved as board.pdf");

    status.screenShown(Screen.WIZARD);

    assertThat(status.messageProperty().get().text()).isEqualTo("Report saved as board.pdf");
  }

  @Test
  void aMessageAboutTheAppStaysWhenTheScreenChanges() {
    status.show("Saved acme.soa.json at 14:02");

    status.screenShown(Screen.LIBRARY);

    assertThat(status.messageProperty().get().text()).isEqualTo("Saved acme.soa.json at 14:02");
  }
}
