package se.socialorg.advisor.present.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.engine.Evaluation;
import se.socialorg.advisor.engine.Exclusion;
import se.socialorg.advisor.engine.MonthPoint;
import se.socialorg.advisor.engine.ProjectionCase;
import se.socialorg.advisor.engine.ProjectionResult;
import se.socialorg.advisor.engine.RankedAlternative;
import se.socialorg.advisor.engine.Reason;
import se.socialorg.advisor.present.ReasonFormatter;
import se.socialorg.advisor.engine.Rule;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.Decision;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Goals;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.Judgement;
import se.socialorg.advisor.model.ProjectionParameters;
import se.socialorg.advisor.model.Provenance;
import se.socialorg.advisor.model.Readiness;
import se.socialorg.advisor.model.Resources;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.model.ScenarioInputs;
import se.socialorg.advisor.model.Spokesperson;
import se.socialorg.advisor.model.TrustContext;
import se.socialorg.advisor.model.WeightMode;
import se.socialorg.advisor.store.report.ReportDocument;
import se.socialorg.advisor.store.report.ReportDocument.Block;
import se.socialorg.advisor.store.report.ReportDocument.Bullets;
import se.socialorg.advisor.store.report.ReportDocument.Chart;
import se.socialorg.advisor.store.report.ReportDocument.Paragraph;
import se.socialorg.advisor.store.report.ReportDocument.Section;
import se.socialorg.advisor.store.report.ReportDocument.Subheading;
import se.socialorg.advisor.store.report.ReportDocument.Table;
import se.socialorg.advisor.present.Analysis;
import se.socialorg.advisor.present.ResultCharts;
import se.socialorg.advisor.present.GroupText;
import se.socialorg.advisor.engine.GroupAnalysis;
import se.socialorg.advisor.present.ExecutiveSummary;
import se.socialorg.advisor.present.ProvenanceText;
import se.socialorg.advisor.present.TrustNotes;
import se.socialorg.advisor.present.RecommendationText;

/**
 * The content of the decision report of a scenario in one language: runs the same analysis as
 * the recommendation step ({@link Analysis#of}), words it with the wizard's texts ({@link
 * RecommendationText}) and has its charts drawn by a {@link ChartPictures}. No JavaFX here; call
 * it off the FX thread, the pictures hop onto it.
 */
public final class ReportBuilder {

  /** Sources that are vendors' claims or vendor research rather than independent surveys. */
  static final Set<String> VENDOR_SOURCES =
      Set.of("source.linkedin2016", "source.linkedin2017", "source.postbeyond2018");

  /** Source of the employee click-through multiple used by the projection. */
  static final String PROJECTION_SOURCE = "source.linkedin2016";

  /** Source of the readiness defaults (30 % willing, 10 % active). */
  static final String READINESS_SOURCE = "source.postbeyond2018";

  private static final List<String> PLAN_PARTS =
      List.of("roles", "coaching", "governance", "first90", "kpis");

  /** Reports progress and asks whether to stop; the export task implements it. */
  public interface Progress {
    void step(int done, int total);

    default boolean cancelled() {
      return false;
    }

    Progress NONE = (d, t) -> {};
  }

  private final DecisionEngine engine;
  private final ChartPictures charts;
  private final Supplier<LocalDate> today;

  public ReportBuilder(DecisionEngine engine, ChartPictures charts, Supplier<LocalDate> today) {
    this.engine = Objects.requireNonNull(engine);
    this.charts = Objects.requireNonNull(charts);
    this.today = Objects.requireNonNull(today);
  }

  /** The report of {@code scenario} in {@code i18n}'s language. */
  public ReportDocument build(Scenario scenario, I18n i18n, Progress progress)
      throws InterruptedException {
    return build(scenario, se.socialorg.advisor.model.FollowUp.empty(), i18n, progress);
  }

  /** The report with a follow-up section when {@code followUp} holds anything. */
  public ReportDocument build(Scenario scenario, se.socialorg.advisor.model.FollowUp followUp,
      I18n i18n, Progress progress) throws InterruptedException {
    int total = 4;
    progress.step(0, total);
    ScenarioInputs in = scenario.inputs();
    Analysis a = Analysis.of(engine, in);
    checkCancel(progress);
    progress.step(1, total);
    ChartPictures.Pictures pictures = charts.render(a, in.resources().currency(), i18n);
    checkCancel(progress);
    progress.step(2, total);
    ReportDocument doc = new Writing(scenario, i18n, a, pictures).document();
    var followUpSection = FollowUpSection.of(scenario, followUp, i18n, engine);
    if (followUpSection.isPresent()) {
      List<Section> sections = new ArrayList<>(doc.sections());
      sections.add(sections.size() - 1, followUpSection.get());
      doc = new ReportDocument(doc.language(), doc.title(), doc.titleLines(), doc.highlight(),
          doc.titleNote(), sections, doc.pageLabel(), doc.summary());
    }
    doc = withUndrawableNote(doc, i18n);
    progress.step(3, total);
    return doc;
  }

  /**
   * When a text of the report has characters no font of the report can draw (most emoji), a
   * note at the head of the first section names them: the report shows each as U+FFFD.
   */
  static ReportDocument withUndrawableNote(ReportDocument doc, I18n i18n) {
    StringBuilder all = new StringBuilder();
    java.util.function.Consumer<String> add = text -> all.append(text).append(' ');
    add.accept(doc.title());
    doc.titleLines().forEach(add);
    add.accept(doc.highlight());
    add.accept(doc.titleNote());
    blockText(doc.summary(), add);
    for (Section s : doc.sections()) {
      add.accept(s.heading());
      blockText(s.blocks(), add);
    }
    String missing = se.socialorg.advisor.store.report.ReportWriter.undrawable(all.toString());
    if (missing.isEmpty() || doc.sections().isEmpty()) {
      return doc;
    }
    // By code point: the report cannot draw the characters themselves.
    String shown = missing.codePoints()
        .mapToObj(cp -> String.format(java.util.Locale.ROOT, "U+%04X", cp))
        .collect(java.util.stream.Collectors.joining(" "));
    List<Section> sections = new ArrayList<>(doc.sections());
    Section first = sections.get(0);
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph(i18n.t("report.undrawable", shown), true));
    blocks.addAll(first.blocks());
    sections.set(0, new Section(first.heading(), blocks));
    return new ReportDocument(doc.language(), doc.title(), doc.titleLines(), doc.highlight(),
        doc.titleNote(), sections, doc.pageLabel(), doc.summary());
  }

  private static void blockText(List<Block> blocks, java.util.function.Consumer<String> add) {
    for (Block b : blocks) {
      if (b instanceof Subheading sh) {
        add.accept(sh.text());
      } else if (b instanceof Paragraph p) {
        add.accept(p.text());
      } else if (b instanceof se.socialorg.advisor.store.report.ReportDocument.Bullets bl) {
        bl.items().forEach(add);
      } else if (b instanceof se.socialorg.advisor.store.report.ReportDocument.Table t) {
        t.headers().forEach(add);
        t.rows().forEach(r -> r.forEach(add));
      } else if (b instanceof se.socialorg.advisor.store.report.ReportDocument.Image im) {
        add.accept(im.caption());
      }
    }
  }

  private static void checkCancel(Progress progress) throws InterruptedException {
    if (progress.cancelled() || Thread.currentThread().isInterrupted()) {
      throw new InterruptedException("Report cancelled");
    }
  }

  /** The words of one report. */
  private final class Writing {
    private final Scenario scenario;
    private final ScenarioInputs in;
    private final I18n i18n;
    private final Analysis a;
    private final Evaluation e;
    private final ChartPictures.Pictures pictures;
    private final ReasonFormatter fmt;
    private final RecommendationText words;
    private final Formats formats;
    private final Map<String, Set<String>> sourcesUsed = new LinkedHashMap<>();

    Writing(Scenario scenario, I18n i18n, Analysis a, ChartPictures.Pictures pictures) {
      this.scenario = scenario;
      this.in = scenario.inputs();
      this.i18n = i18n;
      this.a = a;
      this.e = a.evaluation();
      this.pictures = pictures;
      this.fmt = new ReasonFormatter(i18n);
      this.words = new RecommendationText(i18n);
      this.formats = new Formats(i18n);
    }

    private String t(String key, Object... args) {
      return i18n.t(key, args);
    }

    ReportDocument document() {
      List<Section> sections = new ArrayList<>();
      sections.add(decision());
      sections.add(recommendation());
      sections.add(goals());
      if (a.group() != null) {
        sections.add(group());
      }
      sections.add(organisation());
      sections.add(trust());
      sections.add(ranking());
      sections.add(sensitivity());
      sections.add(robustness());
      sections.add(projection());
      sections.add(plan());
      sections.add(assumptions());
      sections.add(method());
      String name = scenario.name().isBlank() ? t("file.untitled") : scenario.name();
      String org = scenario.organisationName().isBlank()
          ? t("report.notGiven") : scenario.organisationName();
      java.time.LocalDate day = today.get();
      try {
        if (!scenario.date().isBlank()) {
          day = java.time.LocalDate.parse(scenario.date());
        }
      } catch (java.time.format.DateTimeParseException e) {
        // a date the schema lets through but the calendar does not: the day of writing
      }
      String date = day.format(
          DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(i18n.locale()));
      List<String> cover = new ArrayList<>(
          List.of(t("report.organisation", org), t("report.scenario", name)));
      if (!scenario.author().isBlank()) {
        cover.add(t("report.author", scenario.author()));
      }
      cover.add(t("report.date", date));
      return new ReportDocument(i18n.language(), t("report.title"),
          cover,
          sentence(), t("report.titleNote", Long.toString(a.acceptability().seed()),
              a.acceptability().draws()),
          sections, (page, pages) -> t("report.page", page, pages), summary());
    }

    private String sentence() {
      return words.sentence(a);
    }

    /** The executive summary under the headline on the first page. */
    private List<Block> summary() {
      ExecutiveSummary s = ExecutiveSummary.of(a, scenario.decision(), i18n);
      List<Block> b = new ArrayList<>();
      b.add(new Subheading(t("advice.summary.title")));
      b.add(new Paragraph(s.confidence()));
      b.add(new Subheading(t("advice.summary.reasons")));
      b.add(s.reasons().isEmpty() ? new Paragraph(t("wizard.result.noReasons"))
          : new Bullets(s.reasons()));
      b.add(new Subheading(t("advice.summary.money")));
      // The vendor-figures case rests on these (reference-data s.5), listed with the sources.
      use(PROJECTION_SOURCE, "report.usedFor.projection");
      use("source.linkedin2016", "report.usedFor.projection");
      use("source.postbeyond2018", "report.usedFor.projection");
      List<String> money = s.money();
      b.add(new Bullets(money.subList(0, money.size() - 2)));
      b.add(new Paragraph(money.get(money.size() - 2), true));
      b.add(new Paragraph(s.returnNote()));
      b.add(new Subheading(t("advice.summary.change")));
      b.add(new Paragraph(s.change()));
      b.add(new Paragraph(s.decision()));
      if (!s.defaultsNote().isEmpty()) {
        b.add(new Paragraph(s.defaultsNote(), true));
      }
      return b;
    }

    /** The method behind the confidence words, kept out of the main text. */
    private Section method() {
      List<Block> b = new ArrayList<>();
      b.add(new Paragraph(t("advice.method.text", a.acceptability().draws(),
          Long.toString(a.acceptability().seed()))));
      b.add(new Paragraph(t("advice.money.explained")));
      return new Section(t("advice.method.title"), b);
    }

    private String confidence() {
      return words.confidence(a);
    }

    private Section decision() {
      Decision d = scenario.decision();
      List<Block> b = new ArrayList<>();
      if (d.taken() == null) {
        b.add(new Paragraph(t("report.decision.taken", t("wizard.result.undecided"))));
      } else {
        b.add(new Paragraph(t("report.decision.taken", fmt.name(d.taken()))));
        b.add(new Paragraph(d.taken() == e.recommended() ? t("report.decision.follows")
            : t("report.decision.differs", fmt.name(e.recommended()))));
      }
      b.add(new Subheading(t("wizard.result.notes")));
      b.add(new Paragraph(d.notes().isBlank() ? t("report.decision.noNotes") : d.notes()));
      return new Section(t("wizard.result.decision"), b);
    }

    private Section recommendation() {
      List<Block> b = new ArrayList<>();
      b.add(new Paragraph(sentence()));
      b.add(new Paragraph(confidence()));
      b.add(new Subheading(t("wizard.result.for")));
      b.add(reasons(e.reasonsFor()));
      b.add(new Subheading(t("wizard.result.against")));
      b.add(reasons(e.reasonsAgainst()));
      b.add(new Subheading(t("wizard.result.excluded")));
      List<String> ex = words.exclusions(e);
      for (Exclusion x : e.excluded()) {
        use(x.sourceKey(), "report.usedFor.reasons");
      }
      b.add(ex.isEmpty() ? new Paragraph(t("wizard.result.noneExcluded")) : new Bullets(ex));
      return new Section(t("report.section.recommendation"), b);
    }

    private Block reasons(List<Reason> list) {
      if (list.isEmpty()) {
        return new Paragraph(t("wizard.result.noReasons"));
      }
      for (Reason r : list) {
        use(r.sourceKey(), "report.usedFor.reasons");
      }
      return new Bullets(words.reasons(list));
    }

    private void use(String sourceKey, String usageKey) {
      if (sourceKey != null && !sourceKey.isBlank()) {
        sourcesUsed.computeIfAbsent(sourceKey, k -> new LinkedHashSet<>()).add(t(usageKey));
      }
    }

    private Section goals() {
      Goals g = in.goals();
      List<Block> b = new ArrayList<>();
      b.add(new Paragraph(t(g.mode() == WeightMode.PAIRWISE
          ? "report.goals.pairwise" : "report.goals.direct")));
      List<List<String>> rows = new ArrayList<>();
      for (Goal goal : Goal.values()) {
        double w = e.weights().getOrDefault(goal, 0.0);
        rows.add(List.of(t("goal." + goal.name()), i18n.number(g.slider(goal), 0),
            i18n.percent(w, 1)));
      }
      b.add(new Table(List.of(t("report.col.goal"), t("report.col.slider"),
          t("report.col.weight")), rows, List.of(3.0, 1.2, 1.2)));
      if (g.mode() == WeightMode.PAIRWISE && e.ahp() != null) {
        b.add(new Paragraph(words.consistency(e.ahp())));
        List<String> answers = new ArrayList<>();
        for (Judgement j : g.judgements()) {
          answers.add(words.answer(j));
        }
        if (!answers.isEmpty()) {
          b.add(new Subheading(t("report.goals.answers")));
          b.add(new Bullets(answers));
        }
      }
      return new Section(t("report.section.goals"), b);
    }

    /** The group: agreement in words, each member beside the group, weights per goal. */
    private Section group() {
      GroupAnalysis g = a.group();
      GroupText f = new GroupText(i18n);
      List<Block> b = new ArrayList<>();
      for (String line : new GroupText(i18n).lines(g)) {
        b.add(new Paragraph(line));
      }
      List<List<String>> members = new ArrayList<>();
      for (GroupAnalysis.Member m : g.members()) {
        members.add(List.of(m.participant().name(), m.participant().role(),
            i18n.percent(m.share(), 0), fmt.name(m.ownRecommendation())));
      }
      b.add(new Table(List.of(t("group.name"), t("group.role"), t("group.weight"),
          t("report.group.own")), members, List.of(2.0, 1.6, 0.9, 2.0)));
      List<String> header = new ArrayList<>(List.of(t("report.col.goal")));
      List<Double> widths = new ArrayList<>(List.of(2.4));
      for (GroupAnalysis.Member m : g.members()) {
        header.add(f.label(m.participant()));
        widths.add(1.0);
      }
      header.add(t("group.chart.group"));
      widths.add(1.0);
      List<List<String>> rows = new ArrayList<>();
      double[] gw = g.group().weights();
      for (Goal goal : Goal.values()) {
        List<String> row = new ArrayList<>(List.of(t("goal." + goal.name())));
        for (GroupAnalysis.Member m : g.members()) {
          row.add(i18n.percent(m.weights()[goal.ordinal()], 0));
        }
        row.add(i18n.percent(gw[goal.ordinal()], 0));
        rows.add(row);
      }
      b.add(new Subheading(t("group.chart")));
      if (pictures.group() != null) {
        b.add(new Chart(pictures.group(), t("group.chart.source")));
      }
      b.add(new Table(header, rows, widths));
      return new Section(t("group.result.title"), b);
    }

    private List<String> fieldRow(InputField f, String source) {
      return List.of(formats.label(f), formats.input(f, in), source);
    }

    private Table inputTable(List<List<String>> rows) {
      return new Table(List.of(t("report.col.input"), t("report.col.value"),
          t("report.col.source")), rows, List.of(2.6, 1.3, 2.1));
    }

    private Section organisation() {
      List<Block> b = new ArrayList<>();
      String yours = t("report.source.yours");
      List<List<String>> org = new ArrayList<>();
      for (InputField f : List.of(InputField.EMPLOYEES, InputField.TECHNICAL_EXPERT_SHARE,
          InputField.BUSINESS_UNITS, InputField.COUNTRIES, InputField.REGULATION,
          InputField.CULTURE_OPENNESS)) {
        org.add(fieldRow(f, yours));
      }
      org.add(List.of(t("wizard.org.maturity"),
          t("maturity." + in.organisation().maturity().name()), yours));
      org.add(List.of(t("wizard.org.shared"),
          t("wizard.org.shared." + in.organisation().sharedFunctions().name()), yours));
      b.add(new Subheading(t("wizard.org.title")));
      b.add(inputTable(org));
      Readiness r = in.readiness();
      String readinessSource;
      if (r.fromSurvey()) {
        readinessSource = t("report.source.survey", r.surveyName(), r.surveyRespondents());
      } else {
        readinessSource = t("report.source.estimate");
      }
      Readiness defaults = Readiness.defaults();
      List<List<String>> ready = new ArrayList<>();
      for (InputField f : List.of(InputField.ACTIVE_SHARE, InputField.WILLING_SHARE,
          InputField.AVERAGE_NETWORK, InputField.POSTS_PER_WEEK)) {
        boolean atDefault = !r.fromSurvey()
            && f.read(in) == f.read(in.withReadiness(defaults));
        String source = readinessSource;
        if (atDefault && (f == InputField.ACTIVE_SHARE || f == InputField.WILLING_SHARE)) {
          source = t("report.source.default", fmt.source(READINESS_SOURCE));
          use(READINESS_SOURCE, "report.usedFor.readiness");
        } else if (atDefault) {
          source = t("report.source.assumption");
        }
        ready.add(fieldRow(f, source));
      }
      b.add(new Subheading(t("wizard.readiness.title")));
      b.add(inputTable(ready));
      for (String line : se.socialorg.advisor.present.SurveyMargin.lines(
          i18n, r, in.organisation().employees())) {
        b.add(new Paragraph(line));
      }
      return new Section(t("report.section.organisation"), b);
    }

    private Section trust() {
      TrustContext tc = in.trust();
      List<Block> b = new ArrayList<>();
      Provenance p = tc.source();
      String library = p == null ? t("report.source.yours") : ProvenanceText.brief(i18n, p);
      b.add(new Paragraph(t("report.trust.where", tc.country(), tc.industry(),
          Integer.toString(tc.year()))));
      TrustNotes.ageWarning(i18n, tc, TrustNotes.scenarioYear(scenario, today.get().getYear()))
          .ifPresent(w -> b.add(new Paragraph(w)));
      List<List<String>> rows = new ArrayList<>();
      Map<InputField, String> fieldNames = new LinkedHashMap<>();
      fieldNames.put(InputField.TRUST_IN_BUSINESS, "trustInBusiness");
      fieldNames.put(InputField.TRUST_IN_MEDIA, "trustInMedia");
      fieldNames.put(InputField.INDUSTRY_TRUST, "industryTrust");
      for (Spokesperson s : Spokesperson.values()) {
        fieldNames.put(InputField.valueOf("CREDIBILITY_" + s.name()), s.name());
      }
      fieldNames.forEach((f, name) -> rows.add(fieldRow(f,
          tc.overridden().contains(name) ? t("report.source.overridden") : library)));
      b.add(inputTable(rows));
      b.add(new Subheading(t("report.trust.sources")));
      List<String> src = new ArrayList<>();
      if (p != null) {
        src.add(ProvenanceText.brief(i18n, p) + (p.sourceUrl().isBlank() ? "" : " \u2013 "
            + p.sourceUrl()));
      }
      if (!tc.overridden().isEmpty()) {
        src.add(t("report.trust.overriddenNote", tc.overridden().size()));
      }
      src.add(fmt.source("source.edelman2012"));
      use("source.edelman2012", "report.usedFor.trust");
      b.add(new Bullets(src));
      return new Section(t("report.section.trust"), b);
    }

    private Section ranking() {
      List<Block> b = new ArrayList<>();
      List<List<String>> rows = new ArrayList<>();
      int rank = 1;
      for (RankedAlternative r : e.ranking()) {
        rows.add(List.of(Integer.toString(rank++), fmt.name(r.model()),
            i18n.number(r.score() * 100, 0),
            i18n.percent(a.acceptability().probability(r.model()), 0)));
      }
      b.add(new Table(List.of(t("report.col.rank"), t("report.col.model"),
          t("report.col.score"), t("report.col.first")), rows, List.of(0.6, 2.6, 1.1, 1.4)));
      b.add(new Chart(pictures.scores(), t("report.ranking.caption")));
      for (Rule rule : Rule.values()) {
        use(rule.sourceKey(), "report.usedFor.rules");
      }
      return new Section(t("report.section.ranking"), b);
    }

    private Section sensitivity() {
      List<Block> b = new ArrayList<>();
      b.add(new Chart(pictures.tornado(), t("report.tornado.caption")));
      b.add(new Subheading(t("wizard.result.flips")));
      List<String> flips = words.flipPoints(a.sensitivity());
      b.add(flips.isEmpty() ? new Paragraph(t("wizard.result.noFlips")) : new Bullets(flips));
      return new Section(t("wizard.result.tab.sensitivity"), b);
    }

    private Section robustness() {
      List<Block> b = new ArrayList<>();
      b.add(new Paragraph(t("wizard.result.robustness.note", a.acceptability().draws())));
      b.add(new Chart(pictures.acceptability(), ""));
      return new Section(t("wizard.result.chart.acceptability"), b);
    }

    private Section projection() {
      List<Block> b = new ArrayList<>();
      String currency = in.resources().currency();
      int months = ResultCharts.projectionMonths(a);
      b.add(new Paragraph(t("report.projection.intro", months)));
      Map<ProjectionCase, ProjectionResult> cases = ResultCharts.caseProjections(a);
      ResultCharts charts = new ResultCharts(i18n);
      List<List<String>> rows = new ArrayList<>();
      for (Alternative model : ResultCharts.projectedModels(a)) {
        for (ProjectionCase c : ProjectionCase.values()) {
          ProjectionResult r = cases.get(c);
          if (!r.series().containsKey(model)) {
            continue;
          }
          MonthPoint p = r.last(model);
          rows.add(List.of(charts.seriesName(model, c),
              i18n.number(r.hires().getOrDefault(model, 0.0), 1),
              i18n.number(p.impressions(), 0), i18n.number(p.clicks(), 0),
              i18n.money(p.cumulativeCost(), currency), i18n.money(p.cumulativeValue(), currency),
              i18n.percent(p.roi(), 0)));
        }
      }
      b.add(new Table(List.of(t("report.col.model"), t("report.col.hires"),
          t("report.col.impressions"), t("report.col.clicks"), t("report.col.cost"),
          t("report.col.value"), t("report.col.roi")), rows,
          List.of(2.2, 1.2, 1.3, 1.0, 1.5, 1.5, 0.9)));
      b.add(new Chart(pictures.projection(), t("advice.projection.caption")));
      b.add(new Paragraph(t("wizard.result.projection.note"), true));
      b.add(new Paragraph(t("advice.projection.cases"), true));
      use(PROJECTION_SOURCE, "report.usedFor.projection");
      use("source.postbeyond2018", "report.usedFor.projection");
      return new Section(t("wizard.result.tab.projection"), b);
    }

    private Section plan() {
      Alternative best = e.recommended();
      List<Block> b = new ArrayList<>();
      b.add(new Paragraph(t("report.plan.intro", fmt.name(best))));
      for (String part : PLAN_PARTS) {
        b.add(new Subheading(t("plan.part." + part)));
        b.add(new Paragraph(t("plan." + best.name() + "." + part)));
      }
      return new Section(t("plan.title"), b);
    }

    private Section assumptions() {
      List<Block> b = new ArrayList<>();
      ScenarioInputs defaults = in.withResources(Resources.defaults())
          .withProjection(ProjectionParameters.defaults());
      List<List<String>> rows = new ArrayList<>();
      for (InputField f : List.of(InputField.ANNUAL_BUDGET, InputField.LOADED_SALARY,
          InputField.HIRING_DIFFICULTY, InputField.PLATFORM_COST, InputField.COACHING_HOURS,
          InputField.HOURLY_COST, InputField.MONTHS, InputField.ORGANIC_VISIBILITY,
          InputField.BRAND_CTR, InputField.EMPLOYEE_CTR_MULTIPLIER, InputField.CPM, InputField.CPC,
          InputField.PIPELINE_PER_CLICK, InputField.COMPANY_FOLLOWERS,
          InputField.CENTRAL_POSTS_PER_WEEK)) {
        boolean atDefault = f.read(in) == f.read(defaults)
            && !(f.unit() == InputField.Unit.MONEY
                && !in.resources().currency().equals(Resources.defaults().currency()));
        String source;
        if (f == InputField.EMPLOYEE_CTR_MULTIPLIER && atDefault) {
          source = t("report.source.default", fmt.source(PROJECTION_SOURCE));
        } else {
          source = t(atDefault ? "report.source.assumption" : "report.source.yours");
        }
        rows.add(fieldRow(f, source));
      }
      b.add(new Subheading(t("report.assumptions.inputs")));
      b.add(new Paragraph(t("report.assumptions.intro"), true));
      b.add(inputTable(rows));

      b.add(new Subheading(t("report.sources.title")));
      b.add(new Paragraph(t("report.sources.note"), true));
      List<List<String>> src = new ArrayList<>();
      for (Map.Entry<String, Set<String>> en : sourcesUsed.entrySet()) {
        src.add(List.of(fmt.source(en.getKey()), String.join(", ", en.getValue()),
            VENDOR_SOURCES.contains(en.getKey()) ? t("provenance.vendorClaim") : "\u2013"));
      }
      Provenance p = in.trust().source();
      if (p != null) {
        List<String> flags = new ArrayList<>();
        if (p.derived()) {
          flags.add(t("provenance.derived"));
        }
        if (p.vendorClaim()) {
          flags.add(t("provenance.vendorClaim"));
        }
        src.add(List.of(ProvenanceText.brief(i18n, p)
                + (p.sourceUrl().isBlank() ? "" : "\n" + p.sourceUrl()),
            t("report.usedFor.trust"), flags.isEmpty() ? "\u2013" : String.join(", ", flags)));
      }
      Readiness r = in.readiness();
      if (r.fromSurvey()) {
        src.add(List.of(t("report.source.survey", r.surveyName(), r.surveyRespondents()),
            t("report.usedFor.readiness"), "\u2013"));
      }
      src.add(List.of(t("wizard.result.scoreSource"), t("report.usedFor.rules"), "\u2013"));
      b.add(new Table(List.of(t("report.col.sourceName"), t("report.col.usedFor"),
          t("report.col.flags")), src, List.of(3.2, 1.8, 1.0)));
      return new Section(t("report.section.assumptions"), b);
    }
  }
}
