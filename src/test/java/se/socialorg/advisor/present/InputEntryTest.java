package se.socialorg.advisor.present;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.InputField;

/** How a catalogued input is typed: shown for editing, read, and refused in words. */
class InputEntryTest {

  private static final I18n EN = I18n.forLanguage("en");
  private static final I18n SV = I18n.forLanguage("sv");

  @ParameterizedTest(name = "{0} {1}: \"{2}\" is {3}")
  @CsvSource(delimiter = '|', value = {
    "EMPLOYEES         | en | 1,500 | 1500",
    "EMPLOYEES         | sv | 1 500 | 1500",
    "EMPLOYEES         | en | 12.4  | 12",
    "WILLING_SHARE     | en | 45    | 0.45",
    "WILLING_SHARE     | sv | 37,5  | 0.375",
    "POSTS_PER_WEEK    | sv | 1,5   | 1.5",
    "TRUST_IN_MEDIA    | en | 42    | 42",
  })
  void aTypedTextIsReadInTheLocaleAndUnit(InputField f, String lang, String typed,
      double expected) {
    assertThat(InputEntry.value(I18n.forLanguage(lang), f, typed)).isEqualTo(expected);
  }

  @Test
  void aShareIsShownInPercentForEditing() {
    assertThat(InputEntry.text(EN, InputField.WILLING_SHARE, 0.375)).isEqualTo("37.5");
    assertThat(InputEntry.text(SV, InputField.WILLING_SHARE, 0.375)).isEqualTo("37,5");
  }

  @Test
  void aValueOutOfRangeIsRefusedNamingTheFieldAndRange() {
    assertThat(InputEntry.value(EN, InputField.TRUST_IN_MEDIA, "150")).isNull();
    assertThat(InputEntry.problem(EN, InputField.TRUST_IN_MEDIA, "150"))
        .isEqualTo("Trust in media must be between 0 and 100.");
  }

  @Test
  void textThatIsNoNumberSaysWhatToEnter() {
    assertThat(InputEntry.problem(EN, InputField.EMPLOYEES, "many"))
        .isEqualTo("Employees: enter a number from 1 to 1,000,000.");
    assertThat(InputEntry.problem(SV, InputField.EMPLOYEES, ""))
        .isEqualTo(SV.t("wizard.invalid.number", "Anställda", "1", SV.number(1_000_000, 0)));
  }

  @Test
  void aValidTextHasNoProblem() {
    assertThat(InputEntry.problem(EN, InputField.EMPLOYEES, "800")).isNull();
  }
}
