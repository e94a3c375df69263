package se.socialorg.advisor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.store.DataDirectory;
import se.socialorg.advisor.store.db.Database;
import se.socialorg.advisor.store.db.DatabaseException;
import se.socialorg.advisor.store.db.FigureFileImporter;
import se.socialorg.advisor.store.db.FigureImportError;
import se.socialorg.advisor.store.db.FigureImportResult;

/**
 * {@code import-figures FILE [--data-dir DIR] [--lang sv]}: imports a figures file (the seed's
 * columns, docs/figures-file.md) into the data library with the same checks as the app, and prints
 * how many figures were stored; or prints every problem as {@code file:row:column: reason} and
 * exits 2 having stored nothing.
 */
public final class ImportFiguresCommand implements Command {

  /** Exit code when the data library cannot be opened. */
  public static final int LIBRARY_UNAVAILABLE = 1;

  private final Clock clock;

  public ImportFiguresCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    String language = "en";
    int langAt = args.indexOf("--lang");
    if (langAt >= 0 && langAt + 1 < args.size()) {
      language = args.get(langAt + 1);
    }
    I18n i18n = I18n.forLanguage(language);
    Path file = null;
    String dataDir = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--data-dir") || a.equals("--lang")) {
        if (i + 1 >= args.size()) {
          err.println(i18n.t("survey.cli.missingValue", a));
          err.println(i18n.t("figimport.cli.usage"));
          return BAD_INPUT;
        }
        if (a.equals("--data-dir")) {
          dataDir = args.get(i + 1);
        }
        i++;
      } else if (a.startsWith("--") || file != null) {
        err.println(i18n.t("survey.cli.unknownOption", a));
        err.println(i18n.t("figimport.cli.usage"));
        return BAD_INPUT;
      } else {
        file = Path.of(a);
      }
    }
    if (file == null) {
      err.println(i18n.t("figimport.cli.usage"));
      return BAD_INPUT;
    }
    if (!Files.isRegularFile(file)) {
      err.println(i18n.t("survey.cli.noFile", file));
      return BAD_INPUT;
    }
    Path dbFile = DataDirectory.resolve(dataDir).database();
    try (Database db = Database.open(dbFile)) {
      FigureImportResult result = new FigureFileImporter(db, clock).importFile(file);
      if (!result.stored()) {
        for (FigureImportError e : result.errors()) {
          err.println(e.format(i18n));
        }
        err.println(i18n.t("survey.cli.rejected", Integer.toString(result.errors().size())));
        return BAD_INPUT;
      }
      out.println(i18n.t("figimport.cli.stored", Integer.toString(result.added()),
          Integer.toString(result.alreadyPresent()), file.getFileName()));
      return OK;
    } catch (IOException e) {
      err.println(i18n.t("figimport.error.unreadable", file));
      return BAD_INPUT;
    } catch (DatabaseException e) {
      err.println(i18n.t(e.messageKey(), dbFile));
      return LIBRARY_UNAVAILABLE;
    }
  }
}
