package se.socialorg.advisor.store.group;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.socialorg.advisor.model.Goal;
import se.socialorg.advisor.model.Goals;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.Judgement;
import se.socialorg.advisor.model.Participant;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.AtomicFiles;
import se.socialorg.advisor.store.Json;

/**
 * Judgement forms ({@value #EXTENSION}): issued for a member, written atomically, read strictly,
 * imported into the scenario all-or-nothing.
 */
public final class JudgementForms {

  /** File extension of judgement forms, including the leading dot. */
  public static final String EXTENSION = ".soa-form.json";

  /** Version of the form format this app writes and reads. */
  public static final int FORM_VERSION = 1;

  /** Value of the {@code application} field. */
  public static final String APPLICATION = "Social Org Advisor judgement form";

  /** Largest form read at all, in bytes. */
  public static final long MAX_FORM_BYTES = 256 * 1024;

  private final Clock clock;

  public JudgementForms() {
    this(Clock.systemUTC());
  }

  public JudgementForms(Clock clock) {
    this.clock = clock;
  }

  /** The scenario with a form id for the member (kept if one exists), and the member's form. */
  public record Issued(Scenario scenario, JudgementForm form) {}

  /** Issues the form for member {@code index}: an empty form carrying the member's form id. */
  public Issued issue(Scenario s, int index) {
    List<Participant> ps = new ArrayList<>(s.inputs().participants());
    Participant p = ps.get(index);
    if (p.formId().isEmpty()) {
      p = p.withFormId(UUID.randomUUID().toString());
      ps.set(index, p);
    }
    Scenario updated = s.withInputs(s.inputs().withParticipants(ps));
    JudgementForm form = new JudgementForm(FORM_VERSION, APPLICATION, p.formId(), s.name(),
        s.organisationName(), s.language(), p.name(), p.role(), Participant.unanswered(), null);
    return new Issued(updated, form);
  }

  /** The form with the member's answers, stamped now. */
  public JudgementForm answer(JudgementForm form, Goals answers) {
    return form.answered(answers, clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
  }

  /** Writes the form atomically. */
  public void write(JudgementForm form, Path file) throws IOException {
    AtomicFiles.write(file, toJson(form).getBytes(StandardCharsets.UTF_8));
  }

  /** The form's JSON text. */
  public String toJson(JudgementForm form) {
    return Json.mapper().valueToTree(form).toPrettyString();
  }

  /** Reads one form, refusing anything but a valid form with a problem naming the file. */
  public JudgementForm read(Path file) throws GroupImportException {
    String name = String.valueOf(file.getFileName());
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_FORM_BYTES) {
        throw refused(name, "group.import.tooLarge", MAX_FORM_BYTES / 1024);
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) MAX_FORM_BYTES + 1);
      }
    } catch (IOException e) {
      throw refused(name, "group.import.unreadable", String.valueOf(e.getMessage()));
    }
    return parse(bytes, name);
  }

  /** Parses a form's bytes; {@code name} names it in problems. */
  public JudgementForm parse(byte[] bytes, String name) throws GroupImportException {
    JsonNode tree;
    try {
      tree = Json.mapper().readTree(bytes);
    } catch (IOException e) {
      throw refused(name, "group.import.notForm");
    }
    if (!(tree instanceof ObjectNode root) || !APPLICATION.equals(root.path("application").asText(null))) {
      throw refused(name, "group.import.notForm");
    }
    if (!root.path("formVersion").isInt() || root.get("formVersion").intValue() != FORM_VERSION) {
      throw refused(name, "group.import.notForm");
    }
    JudgementForm form;
    try {
      form = Json.mapper().treeToValue(root, JudgementForm.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw refused(name, "group.import.damaged", participantOf(root));
    }
    String who = form.participantName() == null ? "" : form.participantName();
    if (form.formId() == null || form.formId().isBlank() || form.goals() == null
        || form.formId().length() > Participant.MAX_FORM_ID_LENGTH) {
      throw refused(name, "group.import.damaged", who);
    }
    String bad = firstBadValue(form.goals());
    if (bad != null) {
      throw refused(name, "group.import.badValue", who, bad);
    }
    return form;
  }

  /** Where the answers break the rules of the goals step, or null when they are fine. */
  static String firstBadValue(Goals g) {
    for (Map.Entry<Goal, Double> e : g.sliders().entrySet()) {
      Double v = e.getValue();
      if (v == null || v.isNaN() || v < 0 || v > 100) {
        return "goals.sliders." + e.getKey().name();
      }
    }
    Set<String> pairs = new java.util.HashSet<>();
    for (int k = 0; k < g.judgements().size(); k++) {
      Judgement j = g.judgements().get(k);
      String path = "goals.judgements[" + k + "]";
      if (j.first() == j.second() || Double.isNaN(j.ratio())
          || j.ratio() < InputField.MIN_RATIO - 1e-9 || j.ratio() > InputField.MAX_RATIO + 1e-9) {
        return path;
      }
      Goal a = j.first().ordinal() < j.second().ordinal() ? j.first() : j.second();
      Goal b = a == j.first() ? j.second() : j.first();
      if (!pairs.add(a + "/" + b)) {
        return path;
      }
    }
    return null;
  }

  /** What an import did: the scenario with the answers, who answered, who has still not. */
  public record Imported(Scenario scenario, List<String> imported, List<String> missing) {}

  /**
   * Imports answered forms into the scenario, all or nothing: a form from another scenario, a
   * damaged form, the same member twice, a member already answered or who answered nothing
   * refuses the whole batch, each problem naming file and member, and the scenario is left as it
   * was.
   */
  public Imported importForms(Scenario s, List<Path> files) throws GroupImportException {
    List<GroupImportProblem> problems = new ArrayList<>();
    List<Participant> ps = new ArrayList<>(s.inputs().participants());
    Map<String, Integer> byFormId = new HashMap<>();
    for (int i = 0; i < ps.size(); i++) {
      if (!ps.get(i).formId().isEmpty()) {
        byFormId.put(ps.get(i).formId(), i);
      }
    }
    Map<Integer, String> seen = new HashMap<>();
    List<String> imported = new ArrayList<>();
    for (Path file : files) {
      String name = String.valueOf(file.getFileName());
      JudgementForm form;
      try {
        form = read(file);
      } catch (GroupImportException e) {
        problems.addAll(e.problems());
        continue;
      }
      Integer index = byFormId.get(form.formId());
      if (index == null) {
        boolean sameCase = s.name().equals(form.scenarioName())
            && s.organisationName().equals(form.organisationName());
        problems.add(sameCase
            ? new GroupImportProblem(name, 0, "group.import.unknownMember", List.of(form.participantName()))
            : new GroupImportProblem(name, 0, "group.import.otherScenario",
                List.of(form.participantName(), form.scenarioName())));
        continue;
      }
      Participant p = ps.get(index);
      String earlier = seen.putIfAbsent(index, name);
      if (earlier != null) {
        problems.add(new GroupImportProblem(name, 0, "group.import.twice", List.of(p.name(), earlier)));
        continue;
      }
      if (p.answered()) {
        problems.add(new GroupImportProblem(name, 0, "group.import.alreadyImported", List.of(p.name())));
        continue;
      }
      if (!p.withGoals(form.goals()).answered()) {
        problems.add(new GroupImportProblem(name, 0, "group.import.nothingAnswered", List.of(p.name())));
        continue;
      }
      ps.set(index, p.withGoals(form.goals()));
      imported.add(p.name());
    }
    if (!problems.isEmpty()) {
      throw new GroupImportException(problems);
    }
    Set<String> missing = new LinkedHashSet<>();
    for (Participant p : ps) {
      if (!p.formId().isEmpty() && !p.answered()) {
        missing.add(p.name());
      }
    }
    return new Imported(s.withInputs(s.inputs().withParticipants(ps)), imported, List.copyOf(missing));
  }

  private static String participantOf(JsonNode root) {
    JsonNode n = root.get("participantName");
    return n != null && n.isTextual() ? n.textValue() : "";
  }

  private static GroupImportException refused(String file, String key, Object... args) {
    return new GroupImportException(List.of(new GroupImportProblem(file, 0, key, List.of(args))));
  }

  /** True when the path has the form extension. */
  public static boolean isForm(Path file) {
    Path n = file.getFileName();
    return n != null && n.toString().toLowerCase(java.util.Locale.ROOT).endsWith(EXTENSION);
  }
}
