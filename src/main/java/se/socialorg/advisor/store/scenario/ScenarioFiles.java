package se.socialorg.advisor.store.scenario;

import se.socialorg.advisor.store.AtomicFiles;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.socialorg.advisor.model.Alternative;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.Judgement;
import se.socialorg.advisor.model.Participant;
import se.socialorg.advisor.model.ProjectionAssumptions;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.model.Spokesperson;
import se.socialorg.advisor.store.Json;

/**
 * Reads and writes scenario files ({@value #EXTENSION}): human-readable JSON with a format
 * version, written atomically, read defensively. See {@code docs/scenario-format.md}. Instances
 * are immutable and thread-safe.
 */
public final class ScenarioFiles {

  /** File extension of scenario files, including the leading dot. */
  public static final String EXTENSION = ".soa.json";

  /** Format version this application writes. */
  public static final int FORMAT_VERSION = 4;

  /** Value of the {@code application} field. */
  public static final String APPLICATION = "Social Org Advisor";

  /** Largest file that is parsed at all, in bytes (5 MiB). */
  public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

  /** Deepest nesting of objects and arrays accepted (the format itself needs 6). */
  static final int MAX_NESTING_DEPTH = 32;

  /** Longest string value accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** Longest number literal accepted, in characters. */
  static final int MAX_NUMBER_LENGTH = 64;

  /** Longest survey id accepted (the app writes 32 hexadecimal digits). */
  static final int MAX_SURVEY_ID_LENGTH = 64;

  /** Largest wizard step index accepted. */
  static final int MAX_WIZARD_STEP = 99;

  private static final Set<String> NULLABLE = Set.of("savedAt", "scenario.decision.taken");

  private static final Logger LOG = Logger.getLogger(ScenarioFiles.class.getName());

  private final Clock clock;
  private final ScenarioMigrations migrations = new ScenarioMigrations();
  /** Fields added to format 4 after its first files were written: absent means empty. */
  private static final Set<String> OPTIONAL =
      Set.of("scenario.author", "scenario.date", "scenario.inputs.readiness.surveyId");

  private final StructureCheck structure = new StructureCheck(NULLABLE, OPTIONAL);

  /** Files stamped with the system clock. */
  public ScenarioFiles() {
    this(Clock.systemUTC());
  }

  /** Files stamped with the given clock (tests). */
  public ScenarioFiles(Clock clock) {
    this.clock = clock;
  }

  /**
   * The strict JSON factory and reader, shared and built when first used (the JVM initialises
   * this class lazily), so that constructing {@link ScenarioFiles} at start-up is cheap.
   */
  private static final class Strict {
    static final JsonFactory FACTORY =
        Json.mapper()
            .getFactory()
            .rebuild()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(10_000)
                    .maxDocumentLength(MAX_FILE_BYTES)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    static final ObjectReader READER =
        Json.mapper()
            .reader()
            .with(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    private Strict() {}
  }

  /** True when the path has the scenario extension (temporary and autosave files do not). */
  public static boolean isScenarioFile(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(EXTENSION);
  }

  /**
   * Reads a scenario file, migrating older versions in memory.
   *
   * @throws ScenarioFileException for anything but a valid scenario, with what and where
   */
  public Scenario read(Path file) throws ScenarioFileException {
    String source = String.valueOf(file);
    byte[] content;
    try {
      content = readCapped(file);
    } catch (ScenarioFileException e) {
      log(source, e);
      throw e;
    }
    return parse(content, source);
  }

  /** Parses the text of a scenario file; {@code sourceName} only names it in the log. */
  public Scenario parse(String json, String sourceName) throws ScenarioFileException {
    return parse(json.getBytes(StandardCharsets.UTF_8), sourceName);
  }

  /** Parses the bytes of a scenario file; {@code sourceName} only names it in the log. */
  public Scenario parse(byte[] content, String sourceName) throws ScenarioFileException {
    try {
      return parseUnlogged(content);
    } catch (ScenarioFileException e) {
      log(sourceName, e);
      throw e;
    }
  }

  /** The JSON text of a scenario file holding {@code scenario}, stamped now. */
  public String toJson(Scenario scenario) {
    ScenarioFile envelope =
        new ScenarioFile(
            FORMAT_VERSION,
            APPLICATION,
            clock.instant().truncatedTo(ChronoUnit.SECONDS).toString(),
            scenario);
    return toJsonTree(envelope).toPrettyString();
  }

  /** The file tree, with set-valued fields sorted so that saving twice gives the same text. */
  ObjectNode toJsonTree(ScenarioFile envelope) {
    ObjectNode tree = Json.mapper().valueToTree(envelope);
    JsonNode overridden = tree.path("scenario").path("inputs").path("trust").path("overridden");
    if (overridden instanceof ArrayNode arr) {
      List<String> values = new ArrayList<>();
      arr.forEach(n -> values.add(n.asText()));
      values.sort(null);
      arr.removeAll();
      values.forEach(arr::add);
    }
    return tree;
  }

  /**
   * Writes {@code scenario} to {@code file} atomically: temporary file in the same folder, forced
   * to disk, moved over the old file. A crash leaves the old or the new file, never a mix.
   */
  public void write(Scenario scenario, Path file) throws IOException {
    byte[] content = toJson(scenario).getBytes(StandardCharsets.UTF_8);
    checkReadable(content);
    AtomicFiles.write(file, content);
  }

  /**
   * What is saved must open again: the bytes about to be written go through the reader, with its
   * limits (file size, string length, nesting) and checks. Nothing is written when it refuses.
   *
   * @throws UnreadableScenarioException naming why the reader would refuse the file
   */
  void checkReadable(byte[] content) throws UnreadableScenarioException {
    try {
      parseUnlogged(content);
    } catch (ScenarioFileException e) {
      throw new UnreadableScenarioException(e);
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static byte[] readCapped(Path file) throws ScenarioFileException {
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // A FIFO would block the read for ever; a folder or a device is never a scenario.
      throw new ScenarioFileException("scenario.error.notRegular", List.of(), "", -1, -1, null);
    }
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        throw new ScenarioFileException(
            "scenario.error.tooLarge", List.of(size, MAX_FILE_BYTES), "", -1, -1, null);
      }
      try (InputStream in = Files.newInputStream(file)) {
        byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
          throw new ScenarioFileException(
              "scenario.error.tooLarge", List.of(bytes.length, MAX_FILE_BYTES), "", -1, -1, null);
        }
        return bytes;
      }
    } catch (NoSuchFileException e) {
      throw new ScenarioFileException("scenario.error.notFound", List.of(), "", -1, -1, e);
    } catch (IOException e) {
      throw new ScenarioFileException(
          "scenario.error.io", List.of(String.valueOf(e.getMessage())), "", -1, -1, e);
    }
  }

  /** Like {@link #parse(byte[], String)} but leaves logging to the caller. */
  Scenario parseUnlogged(byte[] content) throws ScenarioFileException {
    if (content.length > MAX_FILE_BYTES) {
      throw new ScenarioFileException(
          "scenario.error.tooLarge", List.of(content.length, MAX_FILE_BYTES), "", -1, -1, null);
    }
    if (new String(content, StandardCharsets.UTF_8).isBlank()) {
      throw new ScenarioFileException("scenario.error.empty", List.of(), "", -1, -1, null);
    }
    try {
      JsonNode tree = readTree(content);
      return bind(tree, content);
    } catch (ScenarioFileException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      // Defence in depth: nothing but ScenarioFileException leaves this class.
      throw new ScenarioFileException("scenario.error.unreadable", List.of(), "", -1, -1, e);
    }
  }

  private JsonNode readTree(byte[] content) throws ScenarioFileException {
    try (JsonParser parser = Strict.FACTORY.createParser(content)) {
      JsonNode tree = Strict.READER.readTree(parser);
      if (tree == null || tree.isMissingNode()) {
        throw new ScenarioFileException("scenario.error.empty", List.of(), "", -1, -1, null);
      }
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new ScenarioFileException(
            "scenario.error.trailingContent", List.of(), "", at.getLineNr(), at.getColumnNr(), null);
      }
      return tree;
    } catch (StreamConstraintsException e) {
      JsonLocation at = e.getLocation();
      if (String.valueOf(e.getOriginalMessage()).startsWith("String value length")) {
        throw new ScenarioFileException(
            "scenario.error.textTooLong", List.of(MAX_STRING_LENGTH), "", line(at), column(at), e);
      }
      throw new ScenarioFileException(
          "scenario.error.tooComplex", List.of(), "", line(at), column(at), e);
    } catch (JsonEOFException e) {
      JsonLocation at = e.getLocation();
      throw new ScenarioFileException("scenario.error.truncated", List.of(), "", line(at), column(at), e);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      // A file cut off between two entries ends in whitespace: Jackson reports that as a parse
      // error ("Unexpected end-of-input"), not as a JsonEOFException.
      String key = original.startsWith("Duplicate field")
          ? "scenario.error.duplicateField"
          : original.startsWith("Unexpected end-of-input")
              ? "scenario.error.truncated"
              : "scenario.error.notJson";
      throw new ScenarioFileException(key, List.of(), "", line(at), column(at), e);
    } catch (IOException e) {
      throw new ScenarioFileException(
          "scenario.error.io", List.of(String.valueOf(e.getMessage())), "", -1, -1, e);
    }
  }

  private Scenario bind(JsonNode tree, byte[] content) throws ScenarioFileException {
    if (!(tree instanceof ObjectNode root)) {
      throw new ScenarioFileException("scenario.error.notScenario", List.of(), "", 1, 1, null);
    }
    try {
      int version = formatVersion(root);
      if (version < ScenarioFiles.FORMAT_VERSION) {
        migrations.migrate(root, version);
      }
      structure.check(root, ScenarioFile.class, "");
      for (String optional : OPTIONAL) {
        fillIn(root, optional);
      }
      checkAssumptions(root);
      ScenarioFile file = Strict.READER.forType(ScenarioFile.class).readValue(root);
      checkValues(file);
      return file.scenario();
    } catch (ScenarioFileException e) {
      JsonLocation at = new Locator(Strict.FACTORY).locate(content, e.fieldPath());
      throw at == null ? e : e.at(at.getLineNr(), at.getColumnNr());
    } catch (JsonMappingException e) {
      String path = pathOf(e);
      JsonLocation at = new Locator(Strict.FACTORY).locate(content, path);
      throw new ScenarioFileException(
          "scenario.error.invalidValue", List.of(), path, line(at), column(at), e);
    } catch (IOException e) {
      throw new ScenarioFileException("scenario.error.unreadable", List.of(), "", -1, -1, e);
    }
  }

  /** An optional text field that is absent becomes empty (its parents were checked present). */
  private static void fillIn(ObjectNode root, String dottedPath) {
    String[] parts = dottedPath.split("\\.");
    JsonNode node = root;
    for (int i = 0; i < parts.length - 1 && node != null; i++) {
      node = node.get(parts[i]);
    }
    if (node instanceof ObjectNode parent && !parent.has(parts[parts.length - 1])) {
      parent.put(parts[parts.length - 1], "");
    }
  }

  private static int formatVersion(ObjectNode root) throws ScenarioFileException {
    JsonNode v = root.get("formatVersion");
    if (v == null || v.isNull()) {
      throw StructureCheck.problem("scenario.error.noVersion", List.of(), "formatVersion");
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw StructureCheck.problem(
          "scenario.error.badVersion", List.of(StructureCheck.abbreviate(v.toString())), "formatVersion");
    }
    int version = v.intValue();
    if (version > FORMAT_VERSION) {
      throw StructureCheck.problem(
          "scenario.error.newerVersion", List.of(version, FORMAT_VERSION), "formatVersion");
    }
    if (version < ScenarioMigrations.OLDEST_SUPPORTED) {
      throw StructureCheck.problem(
          "scenario.error.badVersion", List.of(String.valueOf(version)), "formatVersion");
    }
    return version;
  }

  /** Checks what the types cannot say: ranges, choices, dates. */
  private static void checkValues(ScenarioFile file) throws ScenarioFileException {
    if (!APPLICATION.equals(file.application())) {
      throw StructureCheck.problem(
          "scenario.error.badChoice",
          List.of(StructureCheck.abbreviate(file.application()), APPLICATION),
          "application");
    }
    if (file.savedAt() != null) {
      try {
        Instant.parse(file.savedAt());
      } catch (DateTimeParseException e) {
        throw StructureCheck.problem("scenario.error.badDate", List.of(), "savedAt");
      }
    }
    Scenario s = file.scenario();
    if (!s.language().equals("en") && !s.language().equals("sv")) {
      throw StructureCheck.problem(
          "scenario.error.badChoice", List.of(StructureCheck.abbreviate(s.language()), "en, sv"),
          "scenario.language");
    }
    if (s.wizardStep() < 0 || s.wizardStep() > MAX_WIZARD_STEP) {
      throw outOfRange("scenario.wizardStep", s.wizardStep(), 0, MAX_WIZARD_STEP);
    }
    List<InputField.Violation> violations = InputField.validate(s.inputs());
    if (!violations.isEmpty()) {
      InputField.Violation v = violations.get(0);
      throw outOfRange("scenario.inputs." + v.path(), v.value(), v.min(), v.max());
    }
    checkJudgements(s.inputs().goals().judgements(), "scenario.inputs.goals");
    checkParticipants(s.inputs().participants());
    Set<String> overridable = new java.util.HashSet<>(Set.of("trustInBusiness", "trustInMedia", "industryTrust"));
    for (Spokesperson p : Spokesperson.values()) {
      overridable.add(p.name());
    }
    for (String o : s.inputs().trust().overridden()) {
      if (!overridable.contains(o)) {
        throw StructureCheck.problem(
            "scenario.error.badChoice",
            List.of(StructureCheck.abbreviate(o), String.join(", ", new java.util.TreeSet<>(overridable))),
            "scenario.inputs.trust.overridden");
      }
    }
    int provenanceYear = s.inputs().trust().source().year();
    if (provenanceYear != 0 && (provenanceYear < 1900 || provenanceYear > 2100)) {
      throw outOfRange("scenario.inputs.trust.source.year", provenanceYear, 1900, 2100);
    }
    if (s.inputs().trust().source().sourceTitle().isBlank()) {
      throw StructureCheck.problem("scenario.error.blank", List.of(), "scenario.inputs.trust.source.sourceTitle");
    }
    if (s.inputs().readiness().surveyRespondents() < 0) {
      throw outOfRange(
          "scenario.inputs.readiness.surveyRespondents", s.inputs().readiness().surveyRespondents(), 0,
          Integer.MAX_VALUE);
    }
    String currency = s.inputs().resources().currency();
    if (!isCurrencyCode(currency)) {
      throw StructureCheck.problem("scenario.error.currency",
          List.of(StructureCheck.abbreviate(currency)), "scenario.inputs.resources.currency");
    }
    String surveyId = s.inputs().readiness().surveyId();
    if (surveyId.length() > MAX_SURVEY_ID_LENGTH) {
      throw StructureCheck.problem("scenario.error.tooLong",
          List.of(surveyId.length(), MAX_SURVEY_ID_LENGTH), "scenario.inputs.readiness.surveyId");
    }
    if (!s.date().isEmpty()) {
      try {
        java.time.LocalDate.parse(s.date());
      } catch (java.time.format.DateTimeParseException e) {
        throw StructureCheck.problem("scenario.error.caseDate", List.of(s.date()), "scenario.date");
      }
    }
  }

  /** Three capital letters that name a currency (ISO 4217, as the JDK knows them): SEK, EUR. */
  static boolean isCurrencyCode(String code) {
    if (code == null || !code.matches("[A-Z]{3}")) {
      return false;
    }
    try {
      java.util.Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static void checkJudgements(List<Judgement> js, String path) throws ScenarioFileException {
    for (int k = 0; k < js.size(); k++) {
      if (js.get(k).first() == js.get(k).second()) {
        throw StructureCheck.problem(
            "scenario.error.sameGoalTwice", List.of(), path + ".judgements[" + k + "]");
      }
    }
  }

  /** Names present, not too long, not twice; at most {@link Participant#MAX_PARTICIPANTS}. */
  private static void checkParticipants(List<Participant> ps) throws ScenarioFileException {
    String base = "scenario.inputs.participants";
    if (ps.size() > Participant.MAX_PARTICIPANTS) {
      throw StructureCheck.problem(
          "scenario.error.tooManyParticipants", List.of(ps.size(), Participant.MAX_PARTICIPANTS), base);
    }
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    for (int i = 0; i < ps.size(); i++) {
      Participant p = ps.get(i);
      String path = base + "[" + i + "]";
      if (p.name().isBlank()) {
        throw StructureCheck.problem("scenario.error.blank", List.of(), path + ".name");
      }
      if (p.name().length() > Participant.MAX_NAME_LENGTH) {
        throw StructureCheck.problem(
            "scenario.error.tooLong", List.of(p.name().length(), Participant.MAX_NAME_LENGTH), path + ".name");
      }
      if (p.role().length() > Participant.MAX_NAME_LENGTH) {
        throw StructureCheck.problem(
            "scenario.error.tooLong", List.of(p.role().length(), Participant.MAX_NAME_LENGTH), path + ".role");
      }
      if (p.formId().length() > Participant.MAX_FORM_ID_LENGTH) {
        throw StructureCheck.problem(
            "scenario.error.tooLong", List.of(p.formId().length(), Participant.MAX_FORM_ID_LENGTH), path + ".formId");
      }
      Integer first = seen.putIfAbsent(p.key(), i);
      if (first != null) {
        throw StructureCheck.problem(
            "scenario.error.duplicateParticipant",
            List.of(StructureCheck.abbreviate(p.name().strip()), first + 1),
            path + ".name");
      }
      checkJudgements(p.goals().judgements(), path + ".goals");
    }
  }

  /**
   * What the projection assumptions' own record refuses, said with its place and range before
   * binding would only say "not valid": a ramp-up under a month, a model without its profile.
   */
  private static void checkAssumptions(ObjectNode root) throws ScenarioFileException {
    JsonNode a = root.path("scenario").path("inputs").path("assumptions");
    if (!a.isObject()) {
      return;
    }
    String base = "scenario.inputs.assumptions";
    JsonNode ramp = a.get("rampMonths");
    if (ramp != null && ramp.isNumber()
        && ramp.asDouble() < ProjectionAssumptions.MIN_RAMP_MONTHS) {
      throw outOfRange(base + ".rampMonths", ramp.asDouble(),
          ProjectionAssumptions.MIN_RAMP_MONTHS, ProjectionAssumptions.MAX_RAMP_MONTHS);
    }
    JsonNode profiles = a.get("profiles");
    if (profiles != null && profiles.isObject()) {
      for (Alternative alt : Alternative.values()) {
        if (!profiles.has(alt.name())) {
          throw StructureCheck.problem("scenario.error.missingField", List.of(alt.name()),
              base + ".profiles");
        }
      }
    }
  }

  /** Beyond this size a value is not printed: its digits would say nothing to a reader. */
  private static final double PRINTABLE = 1e12;

  private static ScenarioFileException outOfRange(String path, double value, double min, double max) {
    if (!(Math.abs(value) < PRINTABLE)) {
      return StructureCheck.problem("scenario.error.farOutOfRange", List.of(min, max), path);
    }
    return StructureCheck.problem("scenario.error.outOfRange", List.of(value, min, max), path);
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static int line(JsonLocation at) {
    return at == null || at.getLineNr() <= 0 ? -1 : at.getLineNr();
  }

  private static int column(JsonLocation at) {
    return at == null || at.getColumnNr() <= 0 ? -1 : at.getColumnNr();
  }

  private static void log(String source, ScenarioFileException e) {
    LOG.log(Level.INFO, "Could not open scenario file " + source + ": " + e.getMessage(), e.getCause());
  }
}
