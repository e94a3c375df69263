package se.socialorg.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.store.db.Database;
import se.socialorg.advisor.store.db.FigureFilter;
import se.socialorg.advisor.store.db.FigureRepository;

/** {@code import-figures}: Edelman 2024 p. 51, trust in companies headquartered in Canada (64). */
class ImportFiguresCommandTest {

  static final String HEADER =
      "dataset,country,year,item,variant,value,unit,population,question,scale,evidence,"
          + "source_title,source_url,derived,vendor_claim,disputed\n";
  static final String ROW =
      "EDELMAN_INSTITUTIONS,Canada,2024,companies_headquartered_here,,64,percent,"
          + "general population outside the country,How much do you trust businesses"
          + " headquartered in [country] to do what is right?,\"9-point scale, share answering 6-9\","
          + "primary,Edelman Trust Barometer 2024 Global Report (p. 51),"
          + "https://edelman.relayto.com/e/2024-edelman-trust-barometer-global-report-7l7799ws2oxsx/2iO5y0Js51,"
          + "0,0,0\n";

  @TempDir Path dir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new ImportFiguresCommand(
            Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC))
        .run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private int canadaFigures() {
    try (Database db = Database.open(dir.resolve("data/library.db"))) {
      return new FigureRepository(db)
          .list(new FigureFilter("EDELMAN_INSTITUTIONS", "Canada", 2024, null)).size();
    }
  }

  @Test
  void importsAndSaysHowMany() throws Exception {
    Path f = Files.writeString(dir.resolve("edelman-2027.csv"), HEADER + ROW);

    int code = run(f.toString(), "--data-dir", dir.resolve("data").toString());

    assertThat(code).isEqualTo(Command.OK);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Imported 1 figure(s) from edelman-2027.csv");
    assertThat(canadaFigures()).isEqualTo(1);
  }

  @Test
  void aBadRowIsPrintedAsFileRowColumnAndNothingIsStored() throws Exception {
    Path f = Files.writeString(dir.resolve("edelman-2027.csv"),
        HEADER + ROW + ROW.replace(",64,", ",140,").replace("Canada", "Germany"));

    int code = run(f.toString(), "--data-dir", dir.resolve("data").toString(), "--lang", "sv");

    assertThat(code).isEqualTo(Command.BAD_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("edelman-2027.csv:3:value: Procentsatsen 140 ligger utanför 0 till 100.");
    assertThat(canadaFigures()).isZero();
  }

  @Test
  void withoutAFileItPrintsTheUsage() {
    assertThat(run()).isEqualTo(Command.BAD_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: import-figures FILE");
  }
}
