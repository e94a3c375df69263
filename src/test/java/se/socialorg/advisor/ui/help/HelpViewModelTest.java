package se.socialorg.advisor.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.present.help.GlossaryEntry;
import se.socialorg.advisor.present.help.HelpContent;
import se.socialorg.advisor.present.help.HelpPage;
import se.socialorg.advisor.ui.AppPreferences;
import se.socialorg.advisor.ui.TestServices;

/** The Help window's state, without a toolkit. */
class HelpViewModelTest {

  private final Preferences node = TestServices.freshNode();
  private I18n language = I18n.forLanguage("en");
  private final HelpViewModel vm = new HelpViewModel(new AppPreferences(node), () -> language);

  @AfterEach
  void dispose() {
    TestServices.dispose(node);
  }

  @Test
  void opensAtTheIntroductionAndGoesToAPage() {
    assertThat(vm.pageProperty().get()).isEqualTo(HelpPage.INTRO);
    vm.open(HelpPage.HOW);
    assertThat(vm.pageProperty().get()).isEqualTo(HelpPage.HOW);
  }

  @Test
  void reopeningTheIntroductionStartsAtItsFirstPane() {
    vm.intro().next();
    vm.open(HelpPage.GLOSSARY);
    vm.open(HelpPage.INTRO);
    assertThat(vm.intro().paneProperty().get()).isZero();
  }

  @Test
  void theModelsOpenAtTheOneAsked() {
    vm.openModel(Alternative.DISTRIBUTED_ADVOCACY);
    assertThat(vm.pageProperty().get()).isEqualTo(HelpPage.MODELS);
    assertThat(vm.modelProperty().get()).isEqualTo(Alternative.DISTRIBUTED_ADVOCACY);
  }

  @Test
  void theGlossaryShowsEveryEntryUntilSearched() {
    assertThat(vm.glossary()).hasSize(HelpContent.GLOSSARY.size());
    vm.search("consistency");
    assertThat(vm.glossary()).extracting(GlossaryEntry::id).containsExactly("consistencyRatio");
    vm.search("");
    assertThat(vm.glossary()).hasSize(HelpContent.GLOSSARY.size());
  }

  @Test
  void theSearchIsKeptAcrossALanguageSwitchAndTheEntriesFollowTheLanguage() {
    vm.search("AHP");
    language = I18n.forLanguage("sv");
    vm.refresh();
    assertThat(vm.queryProperty().get()).isEqualTo("AHP");
    assertThat(vm.glossary()).extracting(GlossaryEntry::term)
        .containsExactly("Parvisa jämförelser (AHP)");
  }
}
