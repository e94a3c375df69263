package se.socialorg.advisor.ui.followup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.engine.FollowUpAnalysis;
import se.socialorg.advisor.engine.FollowUpResult;
import se.socialorg.advisor.engine.SurveyChange;
import se.socialorg.advisor.engine.WhatIf;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.ActualsImport;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.CostEntry;
import se.socialorg.advisor.model.FollowUp;
import se.socialorg.advisor.model.Kpi;
import se.socialorg.advisor.model.KpiTarget;
import se.socialorg.advisor.model.PlanItem;
import se.socialorg.advisor.model.PlanStatus;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.followup.FollowUpFileException;
import se.socialorg.advisor.store.followup.FollowUpFiles;
import se.socialorg.advisor.model.SurveySummary;
import se.socialorg.advisor.store.survey.SurveyInfo;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.BackgroundTask;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/**
 * The follow-up screen's state: the decision record, the action plan with its targets, the
 * imported actual results and how they compare with the projection. Every change is written to
 * the follow-up file beside the scenario's file in the background (atomically); a scenario not yet
 * saved has no place for it, which {@link #needsFileProperty()} says. No controls inside: tested
 * with plain JUnit and {@link AppExecutor#sameThread()}.
 */
public final class FollowUpViewModel {

  /** The library's surveys, for the repeat survey (read off the FX thread). */
  public interface Surveys {
    List<SurveyInfo> list() throws Exception;

    SurveySummary summary(long surveyId) throws Exception;
  }

  /**
   * The repeat survey against the one the scenario was built on.
   *
   * @param before the first survey's name (empty for estimates)
   * @param after the repeat survey's name
   * @param willing change in the share willing to share
   * @param active change in the share active on social media
   */
  public record SurveyComparison(String before, String after, SurveyChange willing, SurveyChange active) {}

  /** What the view shows of an import in the list. */
  public record ImportRow(String fileName, String source, LocalDate from, LocalDate to, String importedAt) {}

  private final ScenarioSession session;
  private final FollowUpFiles files;
  private final DecisionEngine engine;
  private final AppExecutor executor;
  private final Supplier<I18n> i18n;
  private final Clock clock;
  private final Surveys surveys;
  private final RepeatSurveyViewModel repeatSurvey;

  private final ReadOnlyObjectWrapper<FollowUp> followUp = new ReadOnlyObjectWrapper<>(FollowUp.empty());
  private final ReadOnlyObjectWrapper<FollowUpResult> result = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<WhatIf> whatIf = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Alternative> followed = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper needsFile = new ReadOnlyBooleanWrapper(true);
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ActualsImportViewModel actuals;

  public FollowUpViewModel(
      ScenarioSession session,
      FollowUpFiles files,
      DecisionEngine engine,
      AppExecutor executor,
      Supplier<I18n> i18n,
      Clock clock,
      Surveys surveys) {
    this.session = Objects.requireNonNull(session);
    this.files = Objects.requireNonNull(files);
    this.engine = Objects.requireNonNull(engine);
    this.executor = Objects.requireNonNull(executor);
    this.i18n = Objects.requireNonNull(i18n);
    this.clock = Objects.requireNonNull(clock);
    this.surveys = Objects.requireNonNull(surveys);
    this.actuals = new ActualsImportViewModel(session, executor, i18n, clock, followUp::get,
        this::change, problem::set, message::set);
    this.repeatSurvey = new RepeatSurveyViewModel(session, executor, i18n, surveys, problem::set);
    session.fileProperty().addListener((o, a, b) -> load());
    session.scenarioProperty().addListener((o, a, b) -> recompute());
    load();
  }

  // State ------------------------------------------------------------------------------------

  public ReadOnlyObjectProperty<FollowUp> followUpProperty() {
    return followUp.getReadOnlyProperty();
  }

  public FollowUp followUp() {
    return followUp.get();
  }

  /** Actual beside projected; null while nothing is imported. */
  public ReadOnlyObjectProperty<FollowUpResult> resultProperty() {
    return result.getReadOnlyProperty();
  }

  /** The projection with the observed values; null while none is observed. */
  public ReadOnlyObjectProperty<WhatIf> whatIfProperty() {
    return whatIf.getReadOnlyProperty();
  }

  /** The model followed: the decision taken, else the recommendation. */
  public ReadOnlyObjectProperty<Alternative> followedProperty() {
    return followed.getReadOnlyProperty();
  }

  /** The actuals import: preview, column mapping, all-or-nothing import. */
  public ActualsImportViewModel actuals() {
    return actuals;
  }

  /** The repeat survey against the first. */
  public RepeatSurveyViewModel repeatSurvey() {
    return repeatSurvey;
  }

  /** True while the scenario has no file to keep its follow-up beside. */
  public ReadOnlyBooleanProperty needsFileProperty() {
    return needsFile.getReadOnlyProperty();
  }

  /** A problem with what the manager typed or chose, in their words; empty when none. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  /** What just happened (imported, saved); empty when nothing. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public List<ImportRow> imports() {
    List<ImportRow> out = new ArrayList<>();
    for (ActualsImport i : followUp.get().imports()) {
      out.add(
          new ImportRow(
              i.fileName(),
              i18n.get().t("followup.source." + i.source().name()),
              i.from(),
              i.to(),
              i.importedAt().atZone(clock.getZone()).toLocalDate().toString()));
    }
    return out;
  }

  /** The latest review date that has passed, or null. */
  public LocalDate reviewDue() {
    return followUp.get().reviewDue(LocalDate.now(clock)).orElse(null);
  }

  // Commands ---------------------------------------------------------------------------------

  /** Records the decision's date, owner and review dates ({@code reviews}: ISO dates, comma-separated). */
  public boolean recordDecision(LocalDate decidedOn, String owner, String reviews) {
    List<LocalDate> dates = new ArrayList<>();
    for (String part : reviews == null ? new String[0] : reviews.split("[,;\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      try {
        dates.add(LocalDate.parse(part.strip()));
      } catch (DateTimeParseException e) {
        problem.set(i18n.get().t("followup.problem.reviewDate", part.strip()));
        return false;
      }
    }
    for (LocalDate d : dates) {
      if (decidedOn != null && d.isBefore(decidedOn)) {
        problem.set(i18n.get().t("followup.problem.reviewBeforeDecision", d.toString(), decidedOn.toString()));
        return false;
      }
    }
    return change(followUp.get().withRecord(decidedOn, owner == null ? "" : owner.strip(), dates));
  }

  /** Targets from the projection of the model followed, at full ramp-up. */
  public boolean prefillTargets() {
    return change(followUp.get().withTargets(FollowUpAnalysis.prefillTargets(session.scenario().inputs(), followed())));
  }

  /** One target, per month; refused when negative. */
  public boolean setTarget(Kpi kpi, double perMonth) {
    if (!(perMonth >= 0) || Double.isInfinite(perMonth)) {
      problem.set(i18n.get().t("followup.problem.target"));
      return false;
    }
    List<KpiTarget> targets = new ArrayList<>(followUp.get().targets());
    targets.removeIf(t -> t.kpi() == kpi);
    targets.add(new KpiTarget(kpi, perMonth));
    targets.sort((a, b) -> a.kpi().compareTo(b.kpi()));
    return change(followUp.get().withTargets(targets));
  }

  /** The plan's parts for the model followed, as actions to give an owner and a due date. */
  public boolean prefillPlan() {
    List<PlanItem> items = new ArrayList<>(followUp.get().plan());
    for (String part : List.of("roles", "coaching", "governance", "first90")) {
      String action = i18n.get().t("plan.part." + part);
      if (items.stream().noneMatch(p -> p.action().equals(action))) {
        items.add(new PlanItem(action, "", null, PlanStatus.NOT_STARTED));
      }
    }
    return change(followUp.get().withPlan(items));
  }

  public boolean addAction(String action, String owner, LocalDate due) {
    if (action == null || action.isBlank()) {
      problem.set(i18n.get().t("followup.problem.action"));
      return false;
    }
    List<PlanItem> items = new ArrayList<>(followUp.get().plan());
    items.add(new PlanItem(action.strip(), owner, due, PlanStatus.NOT_STARTED));
    return change(followUp.get().withPlan(items));
  }

  public boolean updateAction(int index, String owner, LocalDate due, PlanStatus status) {
    List<PlanItem> items = new ArrayList<>(followUp.get().plan());
    PlanItem p = items.get(index);
    items.set(index, new PlanItem(p.action(), owner, due, status));
    return change(followUp.get().withPlan(items));
  }

  public boolean removeAction(int index) {
    List<PlanItem> items = new ArrayList<>(followUp.get().plan());
    items.remove(index);
    return change(followUp.get().withPlan(items));
  }

  /** The actual cost of a month ({@code month} as 2027-03). */
  public boolean setCost(String month, double amount) {
    YearMonth m;
    try {
      m = YearMonth.parse(month.strip());
    } catch (DateTimeParseException | NullPointerException e) {
      problem.set(i18n.get().t("followup.problem.month", String.valueOf(month)));
      return false;
    }
    if (!(amount >= 0) || Double.isInfinite(amount)) {
      problem.set(i18n.get().t("followup.problem.target"));
      return false;
    }
    List<CostEntry> costs = new ArrayList<>(followUp.get().costs());
    costs.removeIf(c -> c.month().equals(m));
    costs.add(new CostEntry(m, amount));
    return change(followUp.get().withCosts(costs));
  }

  public boolean removeImport(int index) {
    List<ActualsImport> imports = new ArrayList<>(followUp.get().imports());
    imports.remove(index);
    return change(followUp.get().withImports(imports));
  }

  /** Adopts the observed visibility and click-through as the scenario's assumptions. */
  public boolean adoptObserved() {
    WhatIf w = whatIf.get();
    if (w == null) {
      return false;
    }
    session.edit(s -> s.withInputs(w.adopted()));
    message.set(i18n.get().t("followup.adopted"));
    return true;
  }

  // Inside -----------------------------------------------------------------------------------

  private Alternative followed() {
    Scenario s = session.scenario();
    return s.decision().taken() != null ? s.decision().taken() : engine.evaluate(s.inputs()).recommended();
  }

  /** Reads the follow-up beside the session's file (in the background). */
  private void load() {
    Path file = session.file();
    needsFile.set(file == null);
    followUp.set(FollowUp.empty());
    recompute();
    if (file == null) {
      return;
    }
    BackgroundTask.wrap(() -> files.readBeside(file))
        .onSuccess(f -> {
          if (file.equals(session.file())) {
            followUp.set(f);
            recompute();
          }
        })
        .onFailure(e -> problem.set(e instanceof FollowUpFileException f ? f.message(i18n.get()) : BackgroundTask.message(i18n.get(), e)))
        .executeWith(executor);
  }

  /** Sets the new record, recomputes, and writes it beside the scenario's file. */
  private boolean change(FollowUp next) {
    Path file = session.file();
    if (file == null) {
      problem.set(i18n.get().t("followup.problem.saveFirst"));
      return false;
    }
    problem.set("");
    followUp.set(next);
    recompute();
    BackgroundTask.wrap(() -> {
          files.writeBeside(next, file, clock.instant());
          return next;
        })
        .onFailure(e -> problem.set(i18n.get().t("followup.problem.notSaved", BackgroundTask.message(i18n.get(), e))))
        .executeWith(executor);
    return true;
  }

  private void recompute() {
    Scenario s = session.scenario();
    Alternative a;
    try {
      a = followed();
    } catch (IllegalArgumentException e) {
      followed.set(null);
      result.set(null);
      whatIf.set(null);
      return;
    }
    followed.set(a);
    FollowUp f = followUp.get();
    if (f.imports().isEmpty()) {
      result.set(null);
      whatIf.set(null);
      return;
    }
    FollowUpResult r =
        FollowUpAnalysis.compare(
            s.inputs(), a, FollowUpAnalysis.start(f.decidedOn(), f.imports()), f.imports(), f.costs(), f.targets());
    whatIf.set(r.observed().any() ? FollowUpAnalysis.whatIf(s.inputs(), a, r.observed(), engine) : null);
    result.set(r);
  }
}
