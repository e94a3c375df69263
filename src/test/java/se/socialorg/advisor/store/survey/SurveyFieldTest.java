package se.socialorg.advisor.store.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SurveyFieldTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Network size|NETWORK_SIZE",
        "NÄTVERKSSTORLEK|NETWORK_SIZE",
        "Number of LinkedIn connections|NETWORK_SIZE",
        "Avdelning|DEPARTMENT",
        "dept.|DEPARTMENT",
        "Teknisk expert?|TECHNICAL_EXPERT",
        "How willing are you to share company content (1-5)?|WILLINGNESS",
        "Villighet att dela företagets innehåll (1-5)|WILLINGNESS",
        "Inlägg per månad|POSTS_PER_MONTH",
        "Posts/month|POSTS_PER_MONTH",
        "Hur ofta är du aktiv i sociala medier?|ACTIVE",
        "Befattning|ROLE"
      })
  void headersAreMatchedCaseInsensitivelyInEnglishAndSwedish(String header, SurveyField field) {
    assertThat(SurveyField.suggest(List.of("Id", header))).containsEntry(field, header);
  }

  @Test
  void eachHeaderIsUsedOnce() {
    var m = SurveyField.suggest(List.of("Network size", "Network"));
    assertThat(m).containsEntry(SurveyField.NETWORK_SIZE, "Network size").hasSize(1);
  }

  @Test
  void unrelatedHeadersAreNotMatched() {
    assertThat(SurveyField.suggest(List.of("Timestamp", "Email", "Comment"))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"network_size, NETWORK_SIZE", "networkSize, NETWORK_SIZE", "WILLINGNESS, WILLINGNESS",
      "posts-per-month, POSTS_PER_MONTH"})
  void fieldNamesParseInCommonSpellings(String name, SurveyField expected) {
    assertThat(SurveyField.parse(name)).contains(expected);
  }

  @Test
  void messageKeysAreCamelCase() {
    assertThat(SurveyField.TECHNICAL_EXPERT.messageKey()).isEqualTo("survey.field.technicalExpert");
  }
}
