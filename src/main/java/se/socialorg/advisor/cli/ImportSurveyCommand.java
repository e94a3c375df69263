package se.socialorg.advisor.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.SampleSize;
import se.socialorg.advisor.model.SurveySummary;
import se.socialorg.advisor.store.DataDirectory;
import se.socialorg.advisor.store.db.Database;
import se.socialorg.advisor.store.db.DatabaseException;
import se.socialorg.advisor.store.survey.AnswerMapping;
import se.socialorg.advisor.store.survey.ImportError;
import se.socialorg.advisor.store.survey.ImportPreview;
import se.socialorg.advisor.store.survey.ImportResult;
import se.socialorg.advisor.store.survey.ProgressListener;
import se.socialorg.advisor.store.survey.SurveyField;
import se.socialorg.advisor.store.survey.SurveyImporter;
import se.socialorg.advisor.store.survey.SurveyRepository;

/**
 * {@code import-survey FILE [--data-dir DIR] [--name NAME] [--map field=Header,...] [--answers
 * field:word=answer;...] [--lang sv]}: imports an employee survey (.xlsx or CSV) with the same
 * rules as the app and prints its summary with 95 % intervals, or prints every problem as {@code
 * row N, column 'Header': reason} and exits 2 having stored nothing. A file where two columns could
 * mean the same field is refused with a suggestion for {@code --map}; unknown answer words are
 * listed with counts and a suggestion for {@code --answers}.
 */
public final class ImportSurveyCommand implements Command {

  private static final Logger LOG = Logger.getLogger(ImportSurveyCommand.class.getName());

  /** Exit code when the data library cannot be opened. */
  public static final int LIBRARY_UNAVAILABLE = 1;

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    Options o;
    try {
      o = Options.parse(args);
    } catch (UsageException e) {
      I18n i18n = I18n.forLanguage(e.language);
      if (!"survey.cli.usage".equals(e.key)) {
        err.println(i18n.t(e.key, e.args));
      }
      err.println(i18n.t("survey.cli.usage"));
      return BAD_INPUT;
    }
    I18n i18n = I18n.forLanguage(o.language);
    if (!Files.exists(o.file)) {
      err.println(i18n.t("survey.cli.noFile", o.file));
      return BAD_INPUT;
    }
    if (!Files.isRegularFile(o.file)) {
      // A folder, a FIFO or a device: never opened (a FIFO would block the read).
      err.println(i18n.t("file.notRegular", o.file));
      return BAD_INPUT;
    }
    Path dbFile = DataDirectory.resolve(o.dataDir).database();
    try (Database db = Database.open(dbFile)) {
      SurveyImporter importer = new SurveyImporter(db);
      ImportPreview preview = importer.preview(o.file);
      Map<SurveyField, String> mapping = null;
      boolean ambiguous = false;
      for (var e : preview.ambiguous().entrySet()) {
        if (!o.mapping.containsKey(e.getKey())) {
          ambiguous = true;
          err.println(
              i18n.t(
                  "survey.cli.ambiguous",
                  i18n.t(e.getKey().messageKey()),
                  e.getValue().stream().map(h -> "’" + h + "’").collect(Collectors.joining(", ")),
                  cliName(e.getKey()),
                  e.getValue().get(0)));
        }
      }
      if (ambiguous) {
        err.println(i18n.t("survey.cli.rejected", "0"));
        return BAD_INPUT;
      }
      if (!o.mapping.isEmpty()) {
        mapping = new EnumMap<>(SurveyField.class);
        mapping.putAll(preview.suggestedMapping());
        mapping.putAll(o.mapping);
      }
      ImportResult result =
          importer.importSurvey(o.file, o.name, mapping, o.answers, false, ProgressListener.NONE);
      if (!result.stored()) {
        for (ImportError e : result.errors()) {
          err.println(e.format(i18n));
        }
        if (result.moreErrors() > 0) {
          err.println(i18n.t("survey.cli.moreErrors", Integer.toString(result.moreErrors())));
        }
        if (result.errors().stream()
            .anyMatch(e -> "survey.error.missingColumn".equals(e.messageKey()))) {
          err.println(i18n.t("survey.cli.mapHint"));
        }
        printUnknownAnswers(result, i18n, err);
        err.println(i18n.t("survey.cli.rejected", Integer.toString(result.totalErrors())));
        return BAD_INPUT;
      }
      SurveySummary s = new SurveyRepository(db).summary(result.surveyId().orElseThrow());
      printSummary(s, o.file, i18n, out);
      return OK;
    } catch (DatabaseException e) {
      // The message may say "see the log": it must be there.
      LOG.log(Level.WARNING, "import-survey: data library " + dbFile + " failed", e);
      err.println(i18n.t(e.messageKey(), dbFile));
      return LIBRARY_UNAVAILABLE;
    }
  }

  private static void printUnknownAnswers(ImportResult result, I18n i18n, PrintStream err) {
    for (var e : result.unknownAnswers().entrySet()) {
      String words =
          e.getValue().entrySet().stream()
              .map(w -> i18n.t("survey.cli.unknownWord", w.getKey(), Integer.toString(w.getValue())))
              .collect(Collectors.joining(", "));
      String first = e.getValue().keySet().iterator().next();
      err.println(
          i18n.t("survey.cli.unknownAnswers", i18n.t(e.getKey().messageKey()), words,
              cliName(e.getKey()), first));
    }
  }

  private static String cliName(SurveyField f) {
    return f.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static void printSummary(SurveySummary s, Path file, I18n i18n, PrintStream out) {
    SurveySummary.Group t = s.total();
    out.println(i18n.t("survey.cli.stored", s.name(), file.getFileName()));
    out.println(i18n.t("survey.cli.respondents", Integer.toString(t.respondents())));
    SampleSize.Interval w = t.willingInterval();
    SampleSize.Interval a = t.activeInterval();
    out.println(
        i18n.t("survey.cli.willing", share(t.willingShare(), i18n), share(w.low(), i18n),
            share(w.high(), i18n), Integer.toString(t.willingAnswers())));
    out.println(
        i18n.t("survey.cli.active", share(t.activeShare(), i18n), share(a.low(), i18n),
            share(a.high(), i18n), Integer.toString(t.activeAnswers())));
    if (SampleSize.small(t.respondents(), 0)) {
      out.println(
          i18n.t("survey.cli.smallSample", Integer.toString(t.respondents()),
              Integer.toString(SampleSize.SMALL_SAMPLE)));
    }
    out.println(
        i18n.t("survey.cli.network", num(t.averageNetwork(), i18n), num(t.medianNetwork(), i18n)));
    if (!Double.isNaN(t.averagePostsPerMonth())) {
      out.println(i18n.t("survey.cli.posts", num1(t.averagePostsPerMonth(), i18n)));
    }
    if (s.byDepartment().size() > 1 || !s.byDepartment().get(0).label().isEmpty()) {
      out.println(i18n.t("survey.cli.byDepartment"));
      for (SurveySummary.Group g : s.byDepartment()) {
        String label = g.label().isEmpty() ? i18n.t("survey.summary.noDepartment") : g.label();
        out.println(
            i18n.t(
                "survey.cli.department",
                label,
                Integer.toString(g.respondents()),
                share(g.willingShare(), i18n),
                share(g.activeShare(), i18n),
                num(g.averageNetwork(), i18n)));
      }
    }
  }

  private static String share(double v, I18n i18n) {
    return Double.isNaN(v) ? "-" : i18n.percent(v, 0);
  }

  private static String num(double v, I18n i18n) {
    return Double.isNaN(v) ? "-" : i18n.number(v, 0);
  }

  private static String num1(double v, I18n i18n) {
    return Double.isNaN(v) ? "-" : i18n.number(v, 1);
  }

  /** A usage error: i18n key and arguments. */
  private static final class UsageException extends Exception {
    final String key;
    final Object[] args;
    final String language;

    UsageException(String language, String key, Object... args) {
      super(key, null, false, false);
      this.language = language;
      this.key = key;
      this.args = args;
    }
  }

  /** Parsed command line. */
  private static final class Options {
    Path file;
    String dataDir;
    String name;
    String language = "en";
    AnswerMapping answers = AnswerMapping.NONE;
    final Map<SurveyField, String> mapping = new EnumMap<>(SurveyField.class);

    static Options parse(List<String> args) throws UsageException {
      Options o = new Options();
      int langAt = args.indexOf("--lang");
      if (langAt >= 0 && langAt + 1 < args.size()) {
        o.language = args.get(langAt + 1);
      }
      String map = null;
      for (int i = 0; i < args.size(); i++) {
        String a = args.get(i);
        switch (a) {
          case "--data-dir" -> o.dataDir = value(args, ++i, a, o.language);
          case "--name" -> o.name = value(args, ++i, a, o.language);
          case "--map" -> map = value(args, ++i, a, o.language);
          case "--answers" -> {
            String text = value(args, ++i, a, o.language);
            o.answers =
                AnswerMapping.parse(text)
                    .orElseThrow(
                        () -> new UsageException(o.language, "survey.cli.badAnswers", text));
          }
          case "--lang" -> value(args, ++i, a, o.language);
          default -> {
            if (a.startsWith("--") || o.file != null) {
              throw new UsageException(o.language, "survey.cli.unknownOption", a);
            }
            o.file = Path.of(a);
          }
        }
      }
      if (o.file == null) {
        throw new UsageException(o.language, "survey.cli.usage");
      }
      if (map != null) {
        parseMap(map, o);
      }
      return o;
    }

    private static void parseMap(String map, Options o) throws UsageException {
      for (String entry : map.split(",")) {
        if (entry.isBlank()) {
          continue;
        }
        int eq = entry.indexOf('=');
        if (eq <= 0 || eq == entry.length() - 1) {
          throw new UsageException(o.language, "survey.cli.badMapping", entry);
        }
        String field = entry.substring(0, eq).strip();
        SurveyField f =
            SurveyField.parse(field)
                .orElseThrow(
                    () ->
                        new UsageException(
                            o.language,
                            "survey.cli.unknownField",
                            field,
                            Arrays.stream(SurveyField.values())
                                .map(x -> x.name().toLowerCase(java.util.Locale.ROOT))
                                .collect(Collectors.joining(", "))));
        o.mapping.put(f, entry.substring(eq + 1).strip());
      }
    }

    private static String value(List<String> args, int i, String option, String lang)
        throws UsageException {
      if (i >= args.size()) {
        throw new UsageException(lang, "survey.cli.missingValue", option);
      }
      return args.get(i);
    }
  }
}
