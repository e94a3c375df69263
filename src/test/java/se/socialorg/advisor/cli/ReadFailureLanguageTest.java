package se.socialorg.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.present.report.ReportFigures;
import se.socialorg.advisor.store.scenario.ScenarioFiles;

/**
 * When a headless command cannot read its scenario, the whole line is in the language asked for:
 * the scenario reader's own reason too, not only the sentence around it (tried as a new user
 * would: {@code report FOLDER --out x.pptx --lang sv} gave a Swedish sentence with an English
 * reason).
 */
class ReadFailureLanguageTest {

  private static final ScenarioFiles FILES = new ScenarioFiles();
  private static final String SWEDISH_REASON =
      I18n.forLanguage("sv").t("scenario.error.notRegular");
  private static final String ENGLISH_REASON =
      I18n.forLanguage("en").t("scenario.error.notRegular");

  @TempDir Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private String said(Command command, String... args) {
    int code = command.run(List.of(args), new PrintStream(new ByteArrayOutputStream(), true),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(Command.BAD_INPUT);
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void reportSaysWhyInSwedish() {
    String said = said(new ReportCommand(FILES::read, new DecisionEngine(), new ReportFigures()),
        dir.toString(), "--out", dir.resolve("x.pdf").toString(), "--lang", "sv");

    assertThat(said).contains(SWEDISH_REASON).doesNotContain(ENGLISH_REASON);
  }

  @Test
  void evaluateSaysWhyInSwedish() {
    String said = said(new EvaluateCommand(FILES::read, new DecisionEngine()),
        dir.toString(), "--lang", "sv");

    assertThat(said).contains(SWEDISH_REASON).doesNotContain(ENGLISH_REASON);
  }

  @Test
  void theReasonStaysEnglishInEnglish() {
    String said = said(new EvaluateCommand(FILES::read, new DecisionEngine()), dir.toString());

    assertThat(said).contains(ENGLISH_REASON);
  }
}
