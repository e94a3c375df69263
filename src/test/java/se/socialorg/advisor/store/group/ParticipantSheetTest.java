package se.socialorg.advisor.store.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Participant;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.model.WeightMode;

class ParticipantSheetTest {

  private final ParticipantSheet sheet = new ParticipantSheet();

  static Scenario team() {
    Scenario s = Scenario.blank();
    return s.withInputs(s.inputs().withParticipants(List.of(
        Participant.of("Åsa Lind", "CMO"), Participant.of("Per Holm", "Legal"))));
  }

  private static final String SLIDERS_HEADER =
      "name;role;weight;TRUST_CREDIBILITY;THOUGHT_LEADERSHIP;LEAD_GENERATION;CUSTOMER_SERVICE;CRISIS_READINESS;EMPLOYER_BRANDING;MEASURABLE_ROI\r\n";

  @Test
  void theTemplateListsTheParticipantsUnderExcelsSeparatorLine() {
    String t = sheet.template(team(), WeightMode.DIRECT);

    assertThat(t).startsWith("sep=;\r\n" + SLIDERS_HEADER + "Åsa Lind;CMO;1;;;;;;;\r\n");
  }

  @Test
  void thePairwiseTemplateHasOneColumnPerPair() {
    String header = sheet.template(team(), WeightMode.PAIRWISE).lines().skip(1).findFirst().orElseThrow();

    assertThat(header.split(";")).hasSize(3 + 21).contains("TRUST_CREDIBILITY/MEASURABLE_ROI");
  }

  @Test
  void aFilledTemplateImportsEveryRow() throws Exception {
    String text = "sep=;\r\n" + SLIDERS_HEADER
        + "Åsa Lind;CMO;2;90;50;;;;;\r\n"
        + "Per Holm;Legal;;10;;;40;90;;20\r\n"
        + "Eva Ek;HR;1;60;;;;;80;\r\n";

    JudgementForms.Imported r = sheet.importText(team(), text, "team.csv");

    assertThat(r.imported()).containsExactly("Åsa Lind", "Per Holm", "Eva Ek");
    List<Participant> ps = r.scenario().inputs().participants();
    assertThat(ps).hasSize(3);
    assertThat(ps.get(0).weight()).isEqualTo(2);
    assertThat(ps.get(1).goals().slider(Goal.CRISIS_READINESS)).isEqualTo(90);
    assertThat(ps.get(2).role()).isEqualTo("HR");
  }

  @Test
  void pairsAcceptWholeNumbersDecimalCommasAndFractions() throws Exception {
    String header = String.join(";", ParticipantSheet.answerColumns(WeightMode.PAIRWISE));
    String trustVsLead = "TRUST_CREDIBILITY/LEAD_GENERATION";
    List<String> cols = ParticipantSheet.answerColumns(WeightMode.PAIRWISE);
    String[] cells = new String[cols.size()];
    java.util.Arrays.fill(cells, "");
    cells[cols.indexOf("TRUST_CREDIBILITY/THOUGHT_LEADERSHIP")] = "3";
    cells[cols.indexOf(trustVsLead)] = "1/3";
    cells[cols.indexOf("THOUGHT_LEADERSHIP/LEAD_GENERATION")] = "0,5";
    String text = "name;role;weight;" + header + "\n" + "Åsa Lind;CMO;1;" + String.join(";", cells) + "\n";

    Participant asa = sheet.importText(team(), text, "t.csv").scenario().inputs().participants().get(0);

    assertThat(asa.goals().mode()).isEqualTo(WeightMode.PAIRWISE);
    assertThat(asa.goals().judgements()).hasSize(3);
    assertThat(asa.goals().judgements().get(1).ratio()).isEqualTo(1 / 3.0);
  }

  @Test
  void problemsAreNumberedByLineAndNothingIsImported() {
    String text = "sep=;\r\n" + SLIDERS_HEADER
        + "Åsa Lind;CMO;2;90;50;;;;;\r\n"
        + "Per Holm;Legal;;120;;;;;;\r\n"
        + "Eva Ek;HR;;;;;;;;\r\n"
        + "åsa lind;;;10;;;;;;\r\n";

    GroupImportException e = catchThrowableOfType(GroupImportException.class,
        () -> sheet.importText(team(), text, "team.csv"));

    assertThat(e.localized(I18n.forLanguage("en")).lines()).containsExactly(
        "team.csv, line 4: the answers of Per Holm cannot be used: TRUST_CREDIBILITY = 120.",
        "team.csv, line 5: Eva Ek has not answered anything yet.",
        "team.csv, line 6: åsa lind appears twice (also on line 3).");
  }

  @Test
  void problemsReadInSwedish() {
    String text = SLIDERS_HEADER + ";;;50;;;;;;\r\n";

    GroupImportException e = catchThrowableOfType(GroupImportException.class,
        () -> sheet.importText(team(), text, "team.csv"));

    assertThat(e.localized(I18n.forLanguage("sv"))).isEqualTo("team.csv, rad 2: raden har svar men inget namn.");
  }

  @Test
  void aSheetWithoutTheColumnsIsRefused() {
    GroupImportException e = catchThrowableOfType(GroupImportException.class,
        () -> sheet.importText(team(), "Namn;Roll\nÅsa;CMO\n", "x.csv"));

    assertThat(e.problems().get(0).messageKey()).isEqualTo("group.import.sheet.badHeader");
  }

  @Test
  void aMemberWhoAlreadyAnsweredIsNotOverwritten() throws Exception {
    Scenario once = sheet.importText(team(), SLIDERS_HEADER + "Åsa Lind;CMO;1;90;;;;;;\r\n", "a.csv").scenario();

    GroupImportException e = catchThrowableOfType(GroupImportException.class,
        () -> sheet.importText(once, SLIDERS_HEADER + "Åsa Lind;CMO;1;10;;;;;;\r\n", "b.csv"));

    assertThat(e.problems().get(0).messageKey()).isEqualTo("group.import.alreadyImported");
  }

  @Test
  void incompletePairsAreRefusedNamingTheMissingPair() {
    List<String> cols = ParticipantSheet.answerColumns(WeightMode.PAIRWISE);
    String[] cells = new String[cols.size()];
    java.util.Arrays.fill(cells, "");
    cells[0] = "3";
    cells[1] = "5";
    String text = "name;role;weight;" + String.join(";", cols) + "\nÅsa Lind;CMO;1;" + String.join(";", cells) + "\n";

    GroupImportException e = catchThrowableOfType(GroupImportException.class,
        () -> sheet.importText(team(), text, "p.csv"));

    assertThat(e.problems().get(0).format(I18n.forLanguage("en"))).contains("Åsa Lind", "missing comparison");
  }
}
