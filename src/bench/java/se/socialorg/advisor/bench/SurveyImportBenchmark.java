package se.socialorg.advisor.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Comparator;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.results.RunResult;
import se.socialorg.advisor.store.db.Database;
import se.socialorg.advisor.store.survey.ImportResult;
import se.socialorg.advisor.store.survey.ProgressListener;
import se.socialorg.advisor.store.survey.SurveyImporter;

/**
 * Importing 100,000 survey rows from a semicolon CSV (Swedish headers and answers, decimal comma)
 * with {@link SurveyImporter}, against a bare batched prepared-statement insert of the same rows
 * into the same schema in one transaction. Goal: the import within 3x of the bare insert. Each
 * invocation gets a fresh library file.
 *
 * <p>{@code mvn -Pbench verify -Dbench.args=SurveyImportBenchmark} (the profile passes
 * {@code bench.args} as one argument, so fork and iteration counts are set by annotations here).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SurveyImportBenchmark {

  static final int ROWS = 100_000;
  static final String[] DEPARTMENTS = {"Försäljning", "Utveckling", "Marknad", "Ekonomi", "HR"};
  static final String[] ACTIVE = {"ja", "nej", "varje vecka", "dagligen", "aldrig"};

  Path dir;
  Path csv;
  Object[][] rows;
  Database db;
  int run;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    dir = Files.createTempDirectory("survey-bench");
    csv = dir.resolve("survey.csv");
    Random random = new Random(1);
    rows = new Object[ROWS][];
    StringBuilder sb =
        new StringBuilder(
            "Avdelning;Roll;Teknisk expert;Aktiv i sociala medier;Villighet att dela;"
                + "Nätverksstorlek;Inlägg per månad\n");
    for (int i = 0; i < ROWS; i++) {
      String dept = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
      boolean expert = random.nextBoolean();
      int activeIdx = random.nextInt(ACTIVE.length);
      int willing = 1 + random.nextInt(5);
      int network = random.nextInt(5000);
      double posts = random.nextInt(100) / 10.0;
      sb.append(dept).append(";Roll ").append(i % 50).append(';').append(expert ? "ja" : "nej")
          .append(';').append(ACTIVE[activeIdx]).append(';').append(willing).append(';')
          .append(network).append(';').append(Double.toString(posts).replace('.', ','))
          .append('\n');
      boolean active = activeIdx == 0 || activeIdx == 2 || activeIdx == 3;
      rows[i] = new Object[] {dept, "Roll " + (i % 50), expert, active, willing, (double) network, posts};
    }
    Files.writeString(csv, sb);
  }

  @Setup(Level.Invocation)
  public void freshLibrary() {
    db = Database.open(dir.resolve("library-" + (run++) + ".db"));
  }

  @TearDown(Level.Invocation)
  public void closeLibrary() {
    db.close();
  }

  @TearDown(Level.Trial)
  public void cleanUp() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Benchmark
  public int surveyImporter() {
    ImportResult r = new SurveyImporter(db).importSurvey(csv, "bench", ProgressListener.NONE);
    if (!r.stored() || r.storedRows() != ROWS) {
      throw new IllegalStateException("import failed: " + r.errors());
    }
    return r.storedRows();
  }

  @Benchmark
  public int bareBatchedInsert() {
    return db.write(
        c -> {
          long surveyId;
          try (PreparedStatement s =
              c.prepareStatement("INSERT INTO survey (name, source_file) VALUES (?, ?) RETURNING id")) {
            s.setString(1, "bench");
            s.setString(2, "survey.csv");
            try (ResultSet rs = s.executeQuery()) {
              rs.next();
              surveyId = rs.getLong(1);
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO survey_response (survey_id, line, department, role, technical_expert,"
                      + " active, willingness, network_size, posts_per_month)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < ROWS; i++) {
              Object[] r = rows[i];
              ps.setLong(1, surveyId);
              ps.setLong(2, i + 2);
              ps.setString(3, (String) r[0]);
              ps.setString(4, (String) r[1]);
              ps.setInt(5, (Boolean) r[2] ? 1 : 0);
              ps.setInt(6, (Boolean) r[3] ? 1 : 0);
              ps.setInt(7, (Integer) r[4]);
              ps.setDouble(8, (Double) r[5]);
              ps.setDouble(9, (Double) r[6]);
              ps.addBatch();
              if (i % 2000 == 1999) {
                ps.executeBatch();
              }
            }
            ps.executeBatch();
          }
          return ROWS;
        });
  }

  /** Runs both benchmarks and prints their ratio. */
  public static void main(String[] args) throws RunnerException {
    var results =
        new Runner(
                new OptionsBuilder()
                    .include(SurveyImportBenchmark.class.getSimpleName())
                    .forks(1)
                    .warmupIterations(2)
                    .measurementIterations(5)
                    .build())
            .run();
    double importer = 0;
    double bare = 0;
    for (RunResult r : results) {
      double score = r.getPrimaryResult().getScore();
      if (r.getParams().getBenchmark().endsWith("surveyImporter")) {
        importer = score;
      } else {
        bare = score;
      }
    }
    String line =
        String.format(
            "import %.0f ms, bare insert %.0f ms, ratio %.2f (goal <= 3)", importer, bare, importer / bare);
    try {
      Files.writeString(Path.of("target", "survey-import-bench.txt"), line + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    java.util.logging.Logger.getLogger(SurveyImportBenchmark.class.getName()).info(line);
  }
}
