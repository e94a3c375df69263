package se.socialorg.advisor.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Scenario;

/** The comparison as CSV: one column per scenario, numbers a spreadsheet reads in each locale. */
class CompareCsvTest {

  private static final DecisionEngine ENGINE = new DecisionEngine();
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  @TempDir Path dir;

  static List<CompareTable.Entry> bankAndNordvik() throws Exception {
    Scenario bank = ScenarioCsvTest.sample("regional-bank")
        .withAuthorAndDate("Anna Berg", "2026-10-01");
    Scenario nordvik = ScenarioCsvTest.sample("swedish-b2b-tech");
    return List.of(
        new CompareTable.Entry("bank", bank, Analysis.of(ENGINE, bank.inputs())),
        new CompareTable.Entry("nordvik", nordvik, Analysis.of(ENGINE, nordvik.inputs())));
  }

  private String csv(String language) throws Exception {
    I18n t = I18n.forLanguage(language);
    Path out = dir.resolve("compare.csv");
    CompareCsv.write(out, CompareTable.forSpreadsheet(bankAndNordvik(), t, TODAY), t);
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = "|", value = {
      "en|Section,Item,bank,nordvik",
      "sv|Avsnitt;Post;bank;nordvik"})
  void headerNamesEachScenarioWithTheLocalesSeparator(String language, String header)
      throws Exception {
    assertThat(csv(language)).startsWith("\uFEFF" + header + "\r\n");
  }

  @ParameterizedTest
  @CsvSource(delimiterString = "|", value = {
      "en|The cases,Organisation,Kustbanken Sparbank,",
      "sv|Underlagen;Organisation;Kustbanken Sparbank;"})
  void theCaseRowsNameTheOrganisations(String language, String start) throws Exception {
    assertThat(csv(language)).contains(start);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = "|", value = {
      "en|,|not given",
      "sv|;|inte angiven"})
  void authorAndDateAreTheCasesOrNotGiven(String language, String separator, String notGiven)
      throws Exception {
    assertThat(csv(language)).contains(separator + "Anna Berg" + separator + notGiven + "\r\n")
        .contains(separator + "2026-10-01" + separator);
  }

  @Test
  void scoresArePlainNumbersWithTheDecimalCommaInSwedish() throws Exception {
    List<CompareTable.Entry> entries = bankAndNordvik();
    double score = entries.get(0).analysis().evaluation()
        .total(entries.get(0).analysis().evaluation().recommended());
    String plainSv = Numbers.plain(score, I18n.forLanguage("sv").locale());
    assertThat(plainSv).contains(",");
    assertThat(csv("sv")).contains(";" + plainSv + ";");
    assertThat(csv("en")).contains("," + plainSv.replace(',', '.') + ",");
  }

  @Test
  void moneyIsAWholeNumberWithoutCurrencyBesideACurrencyRow() throws Exception {
    String text = csv("sv");
    assertThat(text).contains("Valuta;");
    assertThat(text).containsPattern("Kostnad efter 24 månader;\\d+;\\d+\r\n");
  }
}
