package se.socialorg.advisor.ui.wizard;

import java.util.List;
import java.util.Optional;
import se.socialorg.advisor.model.Dataset;
import se.socialorg.advisor.model.Readiness;
import se.socialorg.advisor.model.ReferenceFigure;
import se.socialorg.advisor.store.db.CountryEdition;
import se.socialorg.advisor.store.db.FigureFilter;
import se.socialorg.advisor.store.db.FigureRepository;
import se.socialorg.advisor.store.db.TrustLookup;
import se.socialorg.advisor.store.survey.HistogramBin;
import se.socialorg.advisor.store.survey.SurveyInfo;
import se.socialorg.advisor.store.survey.SurveyRepository;
import se.socialorg.advisor.ui.Library;

/**
 * The data library as the wizard sees it. Every method touches the database: call it from a
 * task on the app executor, never on the FX thread.
 */
public final class WizardData {

  private final Library library;

  public WizardData(Library library) {
    this.library = library;
  }

  private FigureRepository figures() {
    return library.figures();
  }

  private SurveyRepository surveyRepository() {
    return library.surveys();
  }

  /**
   * Countries (each with its newest year), industries and years to choose from: every country
   * with published Edelman trust figures, every year with any of them.
   */
  public record Choices(List<CountryEdition> countries, List<String> industries,
      List<Integer> years) {}

  public Choices choices() {
    List<CountryEdition> countries = figures().trustCountries();
    java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
    for (Dataset d : List.of(Dataset.EDELMAN_INSTITUTIONS, Dataset.EDELMAN_TRUST_INDEX,
        Dataset.EDELMAN_INDUSTRIES, Dataset.EDELMAN_SPOKESPEOPLE,
        Dataset.EDELMAN_TRUST_IN_PEOPLE)) {
      figures().years(d.name()).stream().filter(y -> y > 0).forEach(years::add);
    }
    return new Choices(countries, figures().industries(), List.copyOf(years));
  }

  public Optional<TrustLookup> trust(String country, String industry, int year) {
    return figures().trustLookup(country, industry, year);
  }

  public List<ReferenceFigure> figures(Dataset dataset, String country, Integer year) {
    return figures().list(new FigureFilter(dataset.name(), country, year, null));
  }

  public List<SurveyInfo> surveys() {
    return surveyRepository().list();
  }

  public Readiness readiness(long surveyId) {
    return surveyRepository().toReadiness(surveyId);
  }

  public long[] willingness(long surveyId) {
    return surveyRepository().willingnessDistribution(surveyId);
  }

  public List<HistogramBin> networkHistogram(long surveyId) {
    return surveyRepository().networkHistogram(surveyId);
  }
}
