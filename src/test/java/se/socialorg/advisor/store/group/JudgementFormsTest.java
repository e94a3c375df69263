package se.socialorg.advisor.store.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Goals;
import se.socialorg.advisor.model.Participant;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.model.WeightMode;
import se.socialorg.advisor.store.scenario.ScenarioFiles;

class JudgementFormsTest {

  @TempDir Path dir;

  private final JudgementForms forms =
      new JudgementForms(Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC));

  static Scenario team() {
    Scenario s = Scenario.blank().withNames("Nordvik 2027", "Nordvik AB");
    return s.withInputs(s.inputs().withParticipants(List.of(
        Participant.of("Åsa Lind", "CMO"), Participant.of("Per Holm", "Legal"),
        Participant.of("Eva Ek", "HR"))));
  }

  static Goals trustFirst() {
    Map<Goal, Double> m = new EnumMap<>(Goal.class);
    m.put(Goal.TRUST_CREDIBILITY, 80.0);
    m.put(Goal.CRISIS_READINESS, 20.0);
    return new Goals(WeightMode.DIRECT, m, List.of());
  }

  /** Issues member i's form, answers it and saves it as a colleague would. */
  private Path answeredForm(Scenario[] s, int i, Goals answers) throws Exception {
    JudgementForms.Issued issued = forms.issue(s[0], i);
    s[0] = issued.scenario();
    Path file = dir.resolve(issued.form().participantName() + JudgementForms.EXTENSION);
    forms.write(forms.answer(forms.read(write(issued.form(), "blank-" + i)), answers), file);
    return file;
  }

  private Path write(JudgementForm f, String name) throws Exception {
    Path file = dir.resolve(name + JudgementForms.EXTENSION);
    forms.write(f, file);
    return file;
  }

  @Test
  void aFormCarriesTheCaseAndTheMemberButNoFigures() throws Exception {
    JudgementForm f = forms.issue(team(), 1).form();
    String json = forms.toJson(f);

    assertThat(f.scenarioName()).isEqualTo("Nordvik 2027");
    assertThat(f.participantName()).isEqualTo("Per Holm");
    assertThat(json).doesNotContain("employees", "annualBudget", "trustInMedia");
  }

  @Test
  void issuingKeepsTheMembersFormIdInTheScenario() {
    JudgementForms.Issued issued = forms.issue(team(), 1);

    assertThat(issued.scenario().inputs().participants().get(1).formId())
        .isEqualTo(issued.form().formId()).isNotBlank();
    assertThat(forms.issue(issued.scenario(), 1).form().formId()).isEqualTo(issued.form().formId());
  }

  @Test
  void aFormRoundTripsThroughTheFile() throws Exception {
    JudgementForm f = forms.answer(forms.issue(team(), 0).form(), trustFirst());

    assertThat(forms.read(write(f, "asa"))).isEqualTo(f);
  }

  @Test
  void answeredFormsFindTheirMembers() throws Exception {
    Scenario[] s = {team()};
    Path asa = answeredForm(s, 0, trustFirst());
    Path per = answeredForm(s, 1, trustFirst());
    forms.issue(s[0], 2);
    s[0] = forms.issue(s[0], 2).scenario();

    JudgementForms.Imported result = forms.importForms(s[0], List.of(asa, per));

    assertThat(result.imported()).containsExactly("Åsa Lind", "Per Holm");
    assertThat(result.missing()).containsExactly("Eva Ek");
    assertThat(result.scenario().inputs().participants().get(0).goals()).isEqualTo(trustFirst());
  }

  @Test
  void theImportedScenarioSavesAndOpens() throws Exception {
    Scenario[] s = {team()};
    Path asa = answeredForm(s, 0, trustFirst());
    Scenario after = forms.importForms(s[0], List.of(asa)).scenario();
    Path file = dir.resolve("team.soa.json");

    new ScenarioFiles().write(after, file);

    assertThat(new ScenarioFiles().read(file)).isEqualTo(after);
  }

  @Test
  void aFormFromAnotherScenarioIsRefusedNamingFileAndMember() throws Exception {
    Scenario other = team().withNames("Annan AB 2026", "Annan AB");
    Scenario[] o = {other};
    Path foreign = answeredForm(o, 0, trustFirst());
    Scenario[] s = {team()};
    Path asa = answeredForm(s, 1, trustFirst());

    GroupImportException e = catchThrowableOfType(GroupImportException.class,
        () -> forms.importForms(s[0], List.of(asa, foreign)));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.messageKey()).isEqualTo("group.import.otherScenario");
      assertThat(p.format(I18n.forLanguage("en")))
          .isEqualTo("Åsa Lind.soa-form.json: this is Åsa Lind’s form for the case “Annan AB 2026”, not for this scenario.");
    });
  }

  @Test
  void theSameMemberTwiceIsRefused() throws Exception {
    Scenario[] s = {team()};
    Path per = answeredForm(s, 1, trustFirst());
    Path copy = dir.resolve("kopia" + JudgementForms.EXTENSION);
    Files.copy(per, copy);

    GroupImportException e = catchThrowableOfType(GroupImportException.class,
        () -> forms.importForms(s[0], List.of(per, copy)));

    assertThat(e.problems()).extracting(GroupImportProblem::messageKey).containsExactly("group.import.twice");
  }

  @Test
  void aFormAlreadyImportedIsRefusedAndNothingIsLost() throws Exception {
    Scenario[] s = {team()};
    Path per = answeredForm(s, 1, trustFirst());
    Scenario once = forms.importForms(s[0], List.of(per)).scenario();

    GroupImportException e = catchThrowableOfType(GroupImportException.class,
        () -> forms.importForms(once, List.of(per)));

    assertThat(e.problems()).extracting(GroupImportProblem::messageKey).containsExactly("group.import.alreadyImported");
    assertThat(once.inputs().participants().get(1).goals()).isEqualTo(trustFirst());
  }

  @Test
  void aMemberWhoAnsweredNothingIsNamed() throws Exception {
    Scenario[] s = {team()};
    Path blank = answeredForm(s, 2, Participant.unanswered());

    GroupImportException e = catchThrowableOfType(GroupImportException.class,
        () -> forms.importForms(s[0], List.of(blank)));

    assertThat(e.localized(I18n.forLanguage("en")))
        .isEqualTo("Eva Ek.soa-form.json: Eva Ek has not answered anything yet.");
  }

  @Test
  void aBadFormInTheBatchImportsNothing() throws Exception {
    Scenario[] s = {team()};
    Path asa = answeredForm(s, 0, trustFirst());
    Path junk = dir.resolve("junk" + JudgementForms.EXTENSION);
    Files.writeString(junk, "{\"hello\": 1}", StandardCharsets.UTF_8);
    Scenario before = s[0];

    GroupImportException e = catchThrowableOfType(GroupImportException.class,
        () -> forms.importForms(before, List.of(asa, junk)));

    assertThat(e.problems()).extracting(GroupImportProblem::file).containsExactly("junk.soa-form.json");
    assertThat(before.inputs().participants()).noneMatch(Participant::answered);
  }

  @Test
  void aFormEditedIntoNonsenseIsRefusedNamingTheMember() throws Exception {
    Scenario[] s = {team()};
    Path per = answeredForm(s, 1, trustFirst());
    String text = Files.readString(per).replace("80.0", "800.0");
    Files.writeString(per, text);

    GroupImportException e = catchThrowableOfType(GroupImportException.class,
        () -> forms.importForms(s[0], List.of(per)));

    assertThat(e.problems().get(0).messageKey()).isEqualTo("group.import.badValue");
    assertThat(e.problems().get(0).args()).contains("Per Holm");
  }

  @Test
  void aFormWithItsStructureBrokenIsRefused() throws Exception {
    Scenario[] s = {team()};
    Path per = answeredForm(s, 1, trustFirst());
    Files.writeString(per, Files.readString(per).replace("\"goals\"", "\"mål\""));

    GroupImportException e = catchThrowableOfType(GroupImportException.class, () -> forms.read(per));

    assertThat(e.problems().get(0).messageKey()).isEqualTo("group.import.damaged");
  }

  @Test
  void aScenarioFileIsNotAForm() throws Exception {
    Path file = dir.resolve("team.soa.json");
    new ScenarioFiles().write(team(), file);

    GroupImportException e = catchThrowableOfType(GroupImportException.class, () -> forms.read(file));

    assertThat(e.problems().get(0).messageKey()).isEqualTo("group.import.notForm");
  }
}
