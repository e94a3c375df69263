package se.socialorg.advisor.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.socialorg.advisor.ui.AppPreferences;
import se.socialorg.advisor.ui.TestServices;

/** The first-run introduction: shown once, "don’t show again", reopened from Help. */
class IntroViewModelTest {

  private final Preferences node = TestServices.freshNode();
  private final AppPreferences prefs = new AppPreferences(node);

  @AfterEach
  void dispose() {
    TestServices.dispose(node);
  }

  /** A later start of the app reads the same preferences with a new view model. */
  private IntroViewModel start() {
    return new IntroViewModel(prefs, 4);
  }

  @Test
  void isOfferedOnTheFirstStartOnly() {
    assertThat(start().offerAtStart()).isTrue();
    assertThat(start().offerAtStart()).isFalse();
    assertThat(start().offerAtStart()).isFalse();
  }

  @Test
  void afterTheFirstStartDontShowAgainIsTicked() {
    IntroViewModel first = start();
    first.offerAtStart();
    assertThat(first.dontShowAgainProperty().get()).isTrue();
  }

  @Test
  void untickingDontShowAgainOffersItAtEveryStart() {
    IntroViewModel first = start();
    first.offerAtStart();
    first.setDontShowAgain(false);
    assertThat(start().offerAtStart()).isTrue();
    assertThat(start().offerAtStart()).isTrue();
    IntroViewModel later = start();
    assertThat(later.dontShowAgainProperty().get()).isFalse();
  }

  @Test
  void tickingItAgainStopsIt() {
    IntroViewModel vm = start();
    vm.setDontShowAgain(false);
    vm.setDontShowAgain(true);
    assertThat(start().offerAtStart()).isFalse();
  }

  @Test
  void dismissedByALauncherItIsNotOffered() {
    IntroViewModel.dismiss(prefs);
    assertThat(start().offerAtStart()).isFalse();
  }

  @Test
  void nextAndBackWalkThePanesWithinTheirEnds() {
    IntroViewModel vm = start();
    assertThat(vm.firstProperty().get()).isTrue();
    vm.back();
    assertThat(vm.paneProperty().get()).isZero();
    vm.next();
    vm.next();
    vm.next();
    assertThat(vm.paneProperty().get()).isEqualTo(3);
    assertThat(vm.lastProperty().get()).isTrue();
    vm.next();
    assertThat(vm.paneProperty().get()).isEqualTo(3);
    vm.back();
    assertThat(vm.lastProperty().get()).isFalse();
    assertThat(vm.firstProperty().get()).isFalse();
  }

  @Test
  void whenThePaneChangesItsEndsAreAlreadyKnown() {
    IntroViewModel vm = start();
    java.util.List<Boolean> lastWhenShown = new java.util.ArrayList<>();
    vm.paneProperty().addListener((o, a, b) -> lastWhenShown.add(vm.lastProperty().get()));
    vm.next();
    vm.next();
    vm.next();
    assertThat(lastWhenShown).containsExactly(false, false, true);
  }

  @Test
  void reopenedItStartsAgainFromTheFirstPane() {
    IntroViewModel vm = start();
    vm.offerAtStart();
    vm.next();
    vm.next();
    vm.restart();
    assertThat(vm.paneProperty().get()).isZero();
    assertThat(vm.firstProperty().get()).isTrue();
  }
}
