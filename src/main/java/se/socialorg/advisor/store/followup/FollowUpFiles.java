package se.socialorg.advisor.store.followup;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import se.socialorg.advisor.model.ActualsImport;
import se.socialorg.advisor.model.ActualsMonth;
import se.socialorg.advisor.model.ActualsSource;
import se.socialorg.advisor.model.CostEntry;
import se.socialorg.advisor.model.FollowUp;
import se.socialorg.advisor.model.Kpi;
import se.socialorg.advisor.model.KpiTarget;
import se.socialorg.advisor.model.PlanItem;
import se.socialorg.advisor.model.PlanStatus;
import se.socialorg.advisor.store.AtomicFiles;
import se.socialorg.advisor.store.Json;

/**
 * The follow-up file beside a scenario file: {@code Acme 2027.soa.json} keeps its decision
 * record, plan and actual results in {@code Acme 2027.followup.json} (docs/decisions/0018,
 * format in docs/scenario-format.md). Written atomically; read strictly.
 */
public final class FollowUpFiles {

  public static final String EXTENSION = ".followup.json";

  public static final int FORMAT_VERSION = 1;

  /** Larger files are refused before parsing. */
  public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

  public FollowUpFiles() {}

  /** The follow-up file of {@code scenarioFile}. */
  public static Path beside(Path scenarioFile) {
    String name = scenarioFile.getFileName().toString();
    String stem =
        name.endsWith(".soa.json")
            ? name.substring(0, name.length() - ".soa.json".length())
            : name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    return scenarioFile.resolveSibling(stem + EXTENSION);
  }

  /** The follow-up of {@code scenarioFile}; empty when it has none yet. */
  public FollowUp readBeside(Path scenarioFile) throws FollowUpFileException {
    Path f = beside(scenarioFile);
    return Files.exists(f) ? read(f) : FollowUp.empty();
  }

  public void writeBeside(FollowUp followUp, Path scenarioFile, Instant now) throws IOException {
    write(followUp, beside(scenarioFile), scenarioFile.getFileName().toString(), now);
  }

  public FollowUp read(Path file) throws FollowUpFileException {
    String name = file.getFileName().toString();
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new FollowUpFileException("followup.file.tooLarge", List.of(name), null);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new FollowUpFileException("followup.file.unreadable", List.of(name, String.valueOf(e.getMessage())), e);
    }
    FileDto dto;
    try {
      dto = Json.mapper().readValue(bytes, FileDto.class);
    } catch (IOException e) {
      throw new FollowUpFileException("followup.file.invalid", List.of(name, oneLine(e)), e);
    }
    if (dto.formatVersion() > FORMAT_VERSION) {
      throw new FollowUpFileException("followup.file.newer", List.of(name, dto.formatVersion()), null);
    }
    if (dto.followUp() == null) {
      throw new FollowUpFileException("followup.file.invalid", List.of(name, "followUp"), null);
    }
    try {
      return dto.followUp().toModel();
    } catch (RuntimeException e) {
      throw new FollowUpFileException("followup.file.invalid", List.of(name, String.valueOf(e.getMessage())), e);
    }
  }

  public void write(FollowUp followUp, Path file, String scenarioFileName, Instant now) throws IOException {
    FileDto dto =
        new FileDto(FORMAT_VERSION, "Social Org Advisor", scenarioFileName, now.toString(), FollowUpDto.of(followUp));
    byte[] bytes;
    try {
      bytes = Json.mapper().writeValueAsBytes(dto);
    } catch (JsonProcessingException e) {
      throw new IOException(e);
    }
    AtomicFiles.write(file, bytes);
  }

  private static String oneLine(Exception e) {
    String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s*\\R\\s*", " ");
  }

  // The file's shape: dates as ISO text, unknown figures as null. ---------------------------

  record FileDto(int formatVersion, String application, String scenarioFile, String savedAt, FollowUpDto followUp) {}

  record FollowUpDto(
      String decidedOn,
      String owner,
      List<String> reviewDates,
      List<PlanDto> plan,
      List<TargetDto> targets,
      List<ImportDto> imports,
      List<CostDto> costs) {

    static FollowUpDto of(FollowUp f) {
      return new FollowUpDto(
          f.decidedOn() == null ? null : f.decidedOn().toString(),
          f.owner(),
          f.reviewDates().stream().map(LocalDate::toString).toList(),
          f.plan().stream().map(p -> new PlanDto(p.action(), p.owner(), p.due() == null ? null : p.due().toString(), p.status())).toList(),
          f.targets().stream().map(t -> new TargetDto(t.kpi(), t.perMonth())).toList(),
          f.imports().stream().map(ImportDto::of).toList(),
          f.costs().stream().map(c -> new CostDto(c.month().toString(), c.amount())).toList());
    }

    FollowUp toModel() {
      List<LocalDate> reviews = new ArrayList<>();
      for (String r : list(reviewDates)) {
        reviews.add(LocalDate.parse(r));
      }
      List<PlanItem> items = new ArrayList<>();
      for (PlanDto p : list(plan)) {
        items.add(new PlanItem(p.action(), p.owner(), p.due() == null ? null : LocalDate.parse(p.due()), p.status()));
      }
      List<KpiTarget> t = new ArrayList<>();
      for (TargetDto x : list(targets)) {
        if (!(x.perMonth() >= 0)) {
          throw new DateTimeException("target " + x.kpi() + " " + x.perMonth());
        }
        t.add(new KpiTarget(x.kpi(), x.perMonth()));
      }
      FollowUp f =
          new FollowUp(
              decidedOn == null ? null : LocalDate.parse(decidedOn),
              owner,
              reviews,
              items,
              t,
              List.of(),
              list(costs).stream().map(c -> new CostEntry(YearMonth.parse(c.month()), c.amount())).toList());
      for (ImportDto i : list(imports)) {
        f = f.withImport(i.toModel(), false);
      }
      return f;
    }

    private static <T> List<T> list(List<T> l) {
      return l == null ? List.of() : l;
    }
  }

  record PlanDto(String action, String owner, String due, PlanStatus status) {}

  record TargetDto(Kpi kpi, double perMonth) {}

  record CostDto(String month, double amount) {}

  record ImportDto(
      ActualsSource source,
      String fileName,
      String importedAt,
      String from,
      String to,
      boolean impressionsFromReach,
      List<MonthDto> months) {

    static ImportDto of(ActualsImport i) {
      return new ImportDto(
          i.source(),
          i.fileName(),
          i.importedAt().toString(),
          i.from().toString(),
          i.to().toString(),
          i.impressionsFromReach(),
          i.months().stream().map(MonthDto::of).toList());
    }

    ActualsImport toModel() {
      return new ActualsImport(
          source,
          fileName,
          Instant.parse(importedAt),
          LocalDate.parse(from),
          LocalDate.parse(to),
          months == null ? List.of() : months.stream().map(MonthDto::toModel).toList(),
          impressionsFromReach);
    }
  }

  record MonthDto(
      String month,
      int days,
      double organicImpressions,
      double paidImpressions,
      double organicClicks,
      double paidClicks,
      double engagements,
      Double posts,
      Double advocates,
      Double earnedMediaValue) {

    static MonthDto of(ActualsMonth m) {
      return new MonthDto(
          m.month().toString(),
          m.days(),
          m.organicImpressions(),
          m.paidImpressions(),
          m.organicClicks(),
          m.paidClicks(),
          m.engagements(),
          boxed(m.posts()),
          boxed(m.advocates()),
          boxed(m.earnedMediaValue()));
    }

    ActualsMonth toModel() {
      YearMonth ym = YearMonth.parse(month);
      if (days < 1 || days > ym.lengthOfMonth()) {
        throw new DateTimeException(month + " days " + days);
      }
      for (double v : new double[] {organicImpressions, paidImpressions, organicClicks, paidClicks, engagements}) {
        if (!(v >= 0) || Double.isInfinite(v)) {
          throw new DateTimeException(month + " value " + v);
        }
      }
      return new ActualsMonth(
          ym, days, organicImpressions, paidImpressions, organicClicks, paidClicks, engagements,
          unboxed(posts), unboxed(advocates), unboxed(earnedMediaValue));
    }

    private static Double boxed(double v) {
      return Double.isNaN(v) ? null : v;
    }

    private static double unboxed(Double v) {
      return v == null ? Double.NaN : v;
    }
  }
}
