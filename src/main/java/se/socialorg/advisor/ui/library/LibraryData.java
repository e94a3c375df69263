package se.socialorg.advisor.ui.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import se.socialorg.advisor.model.Provenance;
import se.socialorg.advisor.model.ReferenceFigure;
import se.socialorg.advisor.model.SurveySummary;
import se.socialorg.advisor.store.db.DatabaseException;
import se.socialorg.advisor.store.db.FigureFilter;
import se.socialorg.advisor.store.db.FigureRepository;
import se.socialorg.advisor.store.survey.HistogramBin;
import se.socialorg.advisor.store.survey.SurveyImporter;
import se.socialorg.advisor.store.survey.SurveyInfo;
import se.socialorg.advisor.store.survey.SurveyRepository;
import se.socialorg.advisor.ui.Library;

/**
 * The data library as the library screen sees it. Every method touches the database (and may
 * wait for it to open): call it from a task on the app executor, never on the FX thread.
 */
public final class LibraryData {

  private final Library library;

  public LibraryData(Library library) {
    this.library = library;
  }

  /** What the filters and the dataset list offer. */
  public record Choices(
      List<String> datasets, List<String> countries, List<Integer> years,
      List<SurveyInfo> surveys, Optional<DatabaseException> problem) {}

  /** One publication behind shipped figures, for Help > Data sources; populations sorted. */
  public record SourceRow(
      String title, String address, String years, List<String> populations, boolean derived,
      boolean vendorClaim, int figures) {}

  /** A survey's summary and the numbers its charts draw. */
  public record SurveyView(
      SurveyInfo info, SurveySummary summary, long[] willingness, List<HistogramBin> network) {}

  /** Imports a figures file (CSV or .xlsx) all or nothing; call off the FX thread. */
  public se.socialorg.advisor.store.db.FigureImportResult importFigures(java.nio.file.Path file)
      throws java.io.IOException {
    return new se.socialorg.advisor.store.db.FigureFileImporter(library.database(),
        java.time.Clock.systemDefaultZone()).importFile(file);
  }

  private FigureRepository figures() {
    return library.figures();
  }

  /** Renames a survey (off the FX thread). */
  public boolean renameSurvey(long id, String name) {
    return surveys().rename(id, name);
  }

  /** Deletes a survey and its answers (off the FX thread). */
  public boolean deleteSurvey(long id) {
    return surveys().delete(id);
  }

  private SurveyRepository surveys() {
    return library.surveys();
  }

  public Choices choices() {
    FigureRepository f = figures();
    return new Choices(f.datasets(), f.countries(), f.years(null), surveys().list(),
        library.problem());
  }

  public List<ReferenceFigure> figures(FigureFilter filter) {
    return figures().list(filter);
  }

  public void override(long figureId, double value, String note) {
    figures().override(figureId, value, note);
  }

  public void resetOverride(long figureId) {
    figures().resetOverride(figureId);
  }

  /** Changes the value and note of a figure the user added. */
  public void updateOwnFigure(long figureId, double value, String note) {
    figures().updateUserFigure(figureId, value, note);
  }

  /** Deletes a figure the user added. */
  public void deleteOwnFigure(long figureId) {
    figures().deleteUserFigure(figureId);
  }

  public long addFigure(FigureFormViewModel.Result r) {
    return figures().addUserFigure(r.dataset(), r.country(), r.year(), r.item(), r.value(),
        r.unit(), new Provenance(r.sourceTitle(), r.sourceAddress(), r.year(), r.population(),
            false, false), r.note());
  }

  public SurveyView survey(long surveyId) {
    SurveyRepository s = surveys();
    SurveyInfo info = s.find(surveyId)
        .orElseThrow(() -> new IllegalArgumentException("No survey " + surveyId));
    return new SurveyView(info, s.summary(surveyId), s.willingnessDistribution(surveyId),
        s.networkHistogram(surveyId));
  }

  public SurveyImporter importer() {
    return new SurveyImporter(library.database());
  }

  /** The path of the library file, for messages. */
  public Optional<Path> file() {
    return library.database().file();
  }

  /** Every publication behind the shipped figures, sorted by title. */
  public List<SourceRow> sources() {
    Map<String, List<ReferenceFigure>> bySource = new LinkedHashMap<>();
    for (ReferenceFigure f : figures().list(FigureFilter.all())) {
      if (f.shipped()) {
        bySource.computeIfAbsent(f.source().sourceTitle() + "\n" + f.source().sourceUrl(),
            k -> new ArrayList<>()).add(f);
      }
    }
    List<SourceRow> out = new ArrayList<>();
    for (List<ReferenceFigure> fs : bySource.values()) {
      Provenance p = fs.get(0).source();
      TreeSet<Integer> years = new TreeSet<>();
      TreeSet<String> populations = new TreeSet<>();
      boolean derived = false;
      boolean vendor = false;
      for (ReferenceFigure f : fs) {
        if (f.year() > 0) {
          years.add(f.year());
        }
        if (!f.source().population().isBlank()) {
          populations.add(f.source().population());
        }
        derived |= f.source().derived();
        vendor |= f.source().vendorClaim();
      }
      out.add(new SourceRow(p.sourceTitle(), p.sourceUrl(), yearRanges(years),
          List.copyOf(populations), derived, vendor, fs.size()));
    }
    out.sort((a, b) -> a.title().compareToIgnoreCase(b.title()));
    return out;
  }

  /** E.g. "2010-2014" or "2012, 2016". */
  static String yearRanges(TreeSet<Integer> years) {
    List<String> parts = new ArrayList<>();
    Integer start = null;
    Integer prev = null;
    for (int y : years) {
      if (start == null) {
        start = y;
      } else if (y != prev + 1) {
        parts.add(start.equals(prev) ? start.toString() : start + "\u2013" + prev);
        start = y;
      }
      prev = y;
    }
    if (start != null) {
      parts.add(start.equals(prev) ? start.toString() : start + "\u2013" + prev);
    }
    return String.join(", ", parts);
  }
}
