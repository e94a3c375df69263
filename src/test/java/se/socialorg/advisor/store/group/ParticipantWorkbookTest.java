package se.socialorg.advisor.store.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Participant;
import se.socialorg.advisor.model.WeightMode;
import se.socialorg.advisor.store.sheet.SheetReader;
import se.socialorg.advisor.store.sheet.SheetRow;

/** The participant sheet filled in Excel and saved as .xlsx, built here cell by cell. */
class ParticipantWorkbookTest {

  private final ParticipantSheet sheet = new ParticipantSheet();

  @TempDir Path dir;

  /**
   * Writes a workbook; each row's cells are numbers or text, null for an empty cell. Whole numbers
   * are given as Integer, so the file holds {@code 90} as Excel writes it, not {@code 90.0}.
   */
  private Path workbook(String name, List<Object[]> rows) throws Exception {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "Test", "1.0");
      Worksheet ws = wb.newWorksheet("Sheet1");
      for (int r = 0; r < rows.size(); r++) {
        Object[] cells = rows.get(r);
        for (int c = 0; c < cells.length; c++) {
          if (cells[c] instanceof Number n) {
            ws.value(r, c, n);
          } else if (cells[c] != null) {
            ws.value(r, c, cells[c].toString());
          }
        }
      }
      wb.finish();
    }
    return file;
  }

  private static Object[] header(WeightMode mode) {
    List<Object> h = new ArrayList<>(List.of("name", "role", "weight"));
    h.addAll(ParticipantSheet.answerColumns(mode));
    return h.toArray();
  }

  /** A sliders row: name, role, weight, then the seven goals in order. */
  private static Object[] row(String name, String role, Number weight, Number... goals) {
    Object[] r = new Object[3 + Goal.values().length];
    r[0] = name;
    r[1] = role;
    r[2] = weight;
    System.arraycopy(goals, 0, r, 3, goals.length);
    return r;
  }

  @Test
  void aFilledWorkbookImportsEveryRow() throws Exception {
    Path file = workbook("team.xlsx", List.of(header(WeightMode.DIRECT),
        row("Åsa Lind", "CMO", 2, 90, 50),
        row("Per Holm", "Legal", null, 10, null, null, 40, 90, null, 20),
        row("Eva Ek", "HR", 1.5, 60, null, null, null, null, 80)));

    JudgementForms.Imported r = sheet.importSheet(ParticipantSheetTest.team(), file);

    assertThat(r.imported()).containsExactly("Åsa Lind", "Per Holm", "Eva Ek");
    List<Participant> ps = r.scenario().inputs().participants();
    assertThat(ps.get(0).weight()).isEqualTo(2);
    assertThat(ps.get(1).goals().slider(Goal.CRISIS_READINESS)).isEqualTo(90);
    assertThat(ps.get(2).weight()).isEqualTo(1.5);
    assertThat(ps.get(2).goals().slider(Goal.EMPLOYER_BRANDING)).isEqualTo(80);
  }

  @Test
  void pairAnswersTypedAsTextOrNumbersAreRead() throws Exception {
    Object[] answers = new Object[3 + 21];
    answers[0] = "Åsa Lind";
    answers[1] = "CMO";
    for (int i = 3; i < answers.length; i++) {
      answers[i] = i % 2 == 0 ? "1/3" : (Object) 2.0;
    }
    Path file = workbook("pairs.xlsx", List.of(header(WeightMode.PAIRWISE), answers));

    JudgementForms.Imported r = sheet.importSheet(ParticipantSheetTest.team(), file);

    Participant asa = r.scenario().inputs().participants().get(0);
    assertThat(asa.goals().mode()).isEqualTo(WeightMode.PAIRWISE);
    assertThat(asa.goals().judgements()).hasSize(21);
    assertThat(asa.goals().judgements().get(0).ratio()).isEqualTo(2);
    assertThat(asa.goals().judgements().get(1).ratio()).isEqualTo(1.0 / 3);
  }

  @Test
  void problemsNameTheSheetRowAndNothingIsImported() throws Exception {
    List<Object[]> rows = new ArrayList<>();
    rows.add(header(WeightMode.DIRECT));
    rows.add(row("Åsa Lind", "CMO", null, 90));
    rows.add(new Object[0]);
    rows.add(row("Per Holm", "Legal", null, 150));
    rows.add(row("Åsa Lind", "CMO", null, 40));
    Path file = workbook("team.xlsx", rows);
    var before = ParticipantSheetTest.team();

    GroupImportException e = catchThrowableOfType(GroupImportException.class,
        () -> sheet.importSheet(before, file));

    assertThat(e.problems()).extracting(GroupImportProblem::toString).containsExactly(
        "team.xlsx, line 4: the answers of Per Holm cannot be used: TRUST_CREDIBILITY = 150.",
        "team.xlsx, line 5: Åsa Lind appears twice (also on line 2).");
  }

  @Test
  void aDamagedWorkbookIsRefusedNamingTheFile() throws Exception {
    Path file = dir.resolve("team.xlsx");
    Files.write(file, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});

    GroupImportException e = catchThrowableOfType(GroupImportException.class,
        () -> sheet.importSheet(ParticipantSheetTest.team(), file));

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).toString()).startsWith("team.xlsx: the workbook is damaged");
  }

  @Test
  void theExcelTemplateListsTheParticipantsUnderTheColumns() throws Exception {
    Path file = dir.resolve("answer sheet.xlsx");

    sheet.writeTemplate(ParticipantSheetTest.team(), WeightMode.DIRECT, file);

    List<SheetRow> rows = new ArrayList<>();
    try (SheetReader r = SheetReader.open(file)) {
      for (SheetRow row = r.next(); row != null; row = r.next()) {
        rows.add(row);
      }
    }
    List<String> columns = new ArrayList<>(List.of("name", "role", "weight"));
    columns.addAll(ParticipantSheet.answerColumns(WeightMode.DIRECT));
    assertThat(rows.get(0).cells()).containsExactlyElementsOf(columns);
    assertThat(rows.get(1).cells().subList(0, 3)).containsExactly("Åsa Lind", "CMO", "1");
    assertThat(rows.get(2).cell(0)).isEqualTo("Per Holm");
  }
}
