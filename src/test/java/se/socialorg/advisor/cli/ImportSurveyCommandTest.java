package se.socialorg.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.store.db.Database;
import se.socialorg.advisor.store.survey.SurveyRepository;

class ImportSurveyCommandTest {

  @TempDir Path dir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new ImportSurveyCommand()
        .run(
            List.of(args),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private int storedSurveys() {
    try (Database db = Database.open(dir.resolve("data/library.db"))) {
      return new SurveyRepository(db).list().size();
    }
  }

  private Path file(String text) throws Exception {
    return Files.writeString(dir.resolve("survey.csv"), text, StandardCharsets.UTF_8);
  }

  @Test
  void importsAndPrintsTheSummary() throws Exception {
    Path f =
        file(
            "Avdelning;Villighet att dela;Aktiv;Nätverksstorlek\n"
                + "Sälj;4;ja;200\nSälj;4;ja;200\nSälj;4;ja;200\nSälj;2;nej;100\nSälj;2;nej;100\n"
                + "IT;5;varje vecka;900\n");
    int code = run(f.toString(), "--data-dir", dir.resolve("data").toString(), "--name", "HR 2026");
    assertThat(code).isEqualTo(Command.OK);
    assertThat(out())
        .contains("respondents: 6")
        .contains("Imported survey \"HR 2026\"")
        .contains("willing to share (4-5): 67%, 95 % interval 30% to 90% (6 answers)")
        .contains("Sälj: 5 respondents")
        .contains("Other or not given: 1 respondents");
    assertThat(err()).isEmpty();
    assertThat(storedSurveys()).isEqualTo(1);
  }

  @Test
  void printsInSwedishOnRequest() throws Exception {
    Path f = file("Villighet,Aktiv,Nätverk\n4,ja,200\n");
    assertThat(run(f.toString(), "--data-dir", dir.resolve("data").toString(), "--lang", "sv"))
        .isZero();
    assertThat(out()).contains("svarande: 1");
  }

  @Test
  void badRowsArePrintedAsRowAndColumnAndNothingIsStored() throws Exception {
    Path f = file("Willingness,Active,Network size\n4,yes,100\nten,yes,100\n3,perhaps,1\n");
    int code = run(f.toString(), "--data-dir", dir.resolve("data").toString());
    assertThat(code).isEqualTo(Command.BAD_INPUT);
    List<String> lines = err().lines().toList();
    assertThat(lines.get(0)).startsWith("row 3, column ’Willingness’: ");
    assertThat(lines.get(1)).startsWith("row 4, column ’Active’: ");
    assertThat(lines).last().asString().contains("Nothing was imported: 2");
    assertThat(out()).isEmpty();
    assertThat(storedSurveys()).isZero();
  }

  @Test
  void moreThanAHundredErrorsEndWithACount() throws Exception {
    StringBuilder sb = new StringBuilder("Willingness,Active,Network size\n");
    for (int i = 0; i < 130; i++) {
      sb.append("x,yes,1\n");
    }
    int code = run(file(sb.toString()).toString(), "--data-dir", dir.resolve("data").toString());
    assertThat(code).isEqualTo(Command.BAD_INPUT);
    assertThat(err()).contains("... and 30 more");
    assertThat(err().lines().filter(l -> l.startsWith("row ")).count()).isEqualTo(100);
  }

  @Test
  void mapCorrectsTheAutomaticMatch() throws Exception {
    Path f = file("Q1,Q2,Network size\n4,yes,100\n");
    int code =
        run(f.toString(), "--data-dir", dir.resolve("data").toString(),
            "--map", "willingness=Q1,active=Q2");
    assertThat(code).as(err()).isZero();
    assertThat(out()).contains("respondents: 1");
  }

  @Test
  void anUnknownFieldInMapIsAUsageError() throws Exception {
    Path f = file("Q1\n1\n");
    int code = run(f.toString(), "--data-dir", dir.resolve("data").toString(), "--map", "shoe_size=Q1");
    assertThat(code).isEqualTo(Command.BAD_INPUT);
    assertThat(err()).contains("Unknown field \"shoe_size\"").contains("network_size");
  }

  @Test
  void aMissingFileIsBadInput() {
    assertThat(run(dir.resolve("nope.csv").toString(), "--data-dir", dir.toString()))
        .isEqualTo(Command.BAD_INPUT);
    assertThat(err()).contains("File not found");
  }

  @Test
  void noArgumentsPrintsUsage() {
    assertThat(run()).isEqualTo(Command.BAD_INPUT);
    assertThat(err()).startsWith("Usage: import-survey");
  }

  @Test
  void aLockedLibraryIsReportedClearly() throws Exception {
    Path f = file("Willingness,Active,Network size\n4,yes,100\n");
    List<String> args = new ArrayList<>(List.of(f.toString(), "--data-dir", dir.resolve("data").toString()));
    try (Database held = Database.open(dir.resolve("data/library.db"))) {
      assertThat(run(args.toArray(String[]::new))).isEqualTo(ImportSurveyCommand.LIBRARY_UNAVAILABLE);
    }
    assertThat(err()).contains("is in use by another program");
  }

  @Test
  void anAmbiguousFileIsRefusedSuggestingMap() throws Exception {
    Path f =
        file("Aktiv;Vilja att dela;Antal kontakter på LinkedIn;Antal kontakter på Instagram\n"
            + "Ja;Ja;1;2\n");
    int code = run(f.toString(), "--data-dir", dir.resolve("data").toString());
    assertThat(code).isEqualTo(Command.BAD_INPUT);
    assertThat(err()).contains("--map network_size=”Antal kontakter på LinkedIn”");
    assertThat(storedSurveys()).isZero();
    int chosen =
        run(f.toString(), "--data-dir", dir.resolve("data").toString(),
            "--map", "network_size=Antal kontakter på Instagram");
    assertThat(chosen).as(err()).isZero();
  }

  @Test
  void unknownAnswerWordsAreListedWithCountsAndMappedWithAnswers() throws Exception {
    Path f = file("Aktiv;Vilja att dela;Nätverk\nIbland;Ja;1\nIbland;Nej;2\nJa;Ja;3\n");
    assertThat(run(f.toString(), "--data-dir", dir.resolve("data").toString()))
        .isEqualTo(Command.BAD_INPUT);
    assertThat(err()).contains("Answers not understood in Active on social media: ’Ibland’ (2)");
    assertThat(storedSurveys()).isZero();
    int code =
        run(f.toString(), "--data-dir", dir.resolve("data").toString(),
            "--answers", "active:Ibland=monthly");
    assertThat(code).as(err()).isZero();
    assertThat(out()).contains("active on social media: 100%");
  }

  @Test
  void fewerThanThirtyRespondentsAreFlagged() throws Exception {
    Path f = file("Aktiv;Vilja att dela;Nätverk\nJa;Ja;1\n");
    assertThat(run(f.toString(), "--data-dir", dir.resolve("data").toString())).isZero();
    assertThat(out()).contains("Caution: only 1 respondents");
  }
}
