package se.socialorg.advisor.store.scenario;

import se.socialorg.advisor.store.AtomicFiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.Json;

/**
 * The autosave of the working scenario, one file per running copy of the app in the autosave
 * folder (e.g. {@code DataDirectory.autosave()}). Written atomically while the user edits, cleared
 * after a clean exit or a successful save; if one is still there at start-up and the copy of the
 * app that wrote it no longer runs, that session crashed.
 *
 * <p>Two copies of the app on one data folder never touch each other's autosave (see
 * docs/decisions/0010-autosave-per-instance.md): each writes {@code
 * working-scenario.<pid>-<start>.autosave.json}, named after its process id and start time;
 * {@link #pending()} offers only files whose process is gone (or files of older versions, {@value
 * #FILE_NAME}), and {@link #clear()} removes only this copy's own file and one it recovered.
 *
 * <p>The file is {@code {"autosaveVersion": 1, "originalFile": path or null, "savedAt": instant,
 * "file": <a complete scenario file>}}.
 */
public final class AutosaveStore {

  /** Name of the autosave file of app versions before per-instance autosaves; still recovered. */
  public static final String FILE_NAME = "working-scenario.autosave.json";

  private static final String PREFIX = "working-scenario.";
  private static final String SUFFIX = ".autosave.json";
  private static final Pattern OWNER = Pattern.compile("(\\d+)-(\\d+)");

  /** This process: its id and start time (seconds), which together never repeat. */
  private static final String SELF =
      Optional.ofNullable(owner(ProcessHandle.current())).orElse(ProcessHandle.current().pid() + "-0");

  static final int AUTOSAVE_VERSION = 1;

  private static final Logger LOG = Logger.getLogger(AutosaveStore.class.getName());

  private final Path folder;
  private final Clock clock;
  private final ScenarioFiles files;

  /** Autosave into {@code folder}, created when first needed. */
  public AutosaveStore(Path folder) {
    this(folder, Clock.systemUTC());
  }

  /** Autosave with the given clock (tests). */
  public AutosaveStore(Path folder, Clock clock) {
    this.folder = folder;
    this.clock = clock;
    this.files = new ScenarioFiles(clock);
  }

  /** This running copy's autosave file. */
  public Path file() {
    return folder.resolve(PREFIX + SELF + SUFFIX);
  }

  /** The owner tag of a process: {@code <pid>-<start in epoch seconds>}, or null when unknown. */
  private static String owner(ProcessHandle p) {
    Optional<Instant> start = p.info().startInstant();
    return start.map(s -> p.pid() + "-" + s.getEpochSecond()).orElse(null);
  }

  /**
   * True when the process that wrote {@code name} may still run: its process id is alive with the
   * same start time. This process's own file counts as not running (a restart within the same
   * process, as in tests). A name of an older version ({@value #FILE_NAME}) has no owner.
   */
  static boolean ownerRunning(String name) {
    if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)
        || name.length() <= PREFIX.length() + SUFFIX.length()) {
      return false;
    }
    String tag = name.substring(PREFIX.length(), name.length() - SUFFIX.length());
    if (tag.equals(SELF)) {
      return false;
    }
    Matcher m = OWNER.matcher(tag);
    if (!m.matches()) {
      return false;
    }
    Optional<ProcessHandle> p;
    try {
      p = ProcessHandle.of(Long.parseLong(m.group(1)));
    } catch (NumberFormatException e) {
      return false;
    }
    if (p.isEmpty() || !p.get().isAlive()) {
      return false;
    }
    String now = owner(p.get());
    // Unknown start time: assume it is the writer, so a live session is never taken over.
    return now == null || now.equals(tag);
  }

  /** Autosave files in the folder (this copy's, other copies', older versions'). */
  private List<Path> autosaveFiles() {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> {
            String n = p.getFileName().toString();
            return n.startsWith(PREFIX) && n.endsWith(SUFFIX) && Files.isRegularFile(p);
          })
          .toList();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot list the autosave folder " + folder, e);
      return List.of();
    }
  }

  /**
   * Saves the working scenario atomically.
   *
   * @param scenario the scenario being edited
   * @param originalFileOrNull the file it belongs to, or null when it has never been saved
   */
  public void save(Scenario scenario, Path originalFileOrNull) throws IOException {
    Files.createDirectories(folder);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("autosaveVersion", AUTOSAVE_VERSION);
    if (originalFileOrNull == null) {
      root.putNull("originalFile");
    } else {
      root.put("originalFile", originalFileOrNull.toAbsolutePath().toString());
    }
    root.put("savedAt", now.toString());
    ObjectNode tree =
        files.toJsonTree(
            new ScenarioFile(
                ScenarioFiles.FORMAT_VERSION,
                ScenarioFiles.APPLICATION,
                now.truncatedTo(ChronoUnit.SECONDS).toString(),
                scenario));
    // An autosave the reader would refuse is not written: the previous one stays recoverable.
    files.checkReadable(Json.mapper().writeValueAsBytes(tree));
    root.set("file", tree);
    AtomicFiles.write(file(), Json.mapper().writeValueAsBytes(root));
  }

  /**
   * The autosaved scenario left by a session that did not exit cleanly, if any. A corrupt
   * autosave gives empty and is moved aside (renamed with {@code .corrupt-<time>}), never deleted.
   */
  public Optional<Recovered> pending() {
    AtomicFiles.removeStaleTempsIn(folder);
    Optional<Recovered> newest = Optional.empty();
    Path newestFile = null;
    for (Path f : autosaveFiles()) {
      if (ownerRunning(f.getFileName().toString())) {
        continue;
      }
      Optional<Recovered> r = read(f);
      if (r.isPresent() && (newest.isEmpty() || r.get().savedAt().isAfter(newest.get().savedAt()))) {
        newest = r;
        newestFile = f;
      }
    }
    if (newestFile != null && !newestFile.equals(file())) {
      // Taken over: it becomes this copy's own autosave, so no other copy offers it too, and
      // clear() (after Cancel, a save or a clean exit) removes it.
      try {
        Files.move(newestFile, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        LOG.log(Level.INFO, "Autosave " + newestFile + " was taken by another copy", e);
        return Optional.empty();
      }
    }
    return newest;
  }

  /**
   * The scenarios in every autosave file of the folder (this copy's, other running copies' and
   * left-over ones), read without taking over, moving or deleting anything; unreadable files are
   * skipped.
   */
  public List<Scenario> peek() {
    List<Scenario> out = new java.util.ArrayList<>();
    for (Path f : autosaveFiles()) {
      try {
        out.add(parse(f).scenario());
      } catch (IOException | ScenarioFileException | RuntimeException e) {
        LOG.log(Level.FINE, "Autosave " + f + " not readable", e);
      }
    }
    return out;
  }

  private Optional<Recovered> read(Path f) {
    try {
      return Optional.of(parse(f));
    } catch (IOException | ScenarioFileException | RuntimeException e) {
      LOG.log(Level.WARNING, "Autosave " + f + " is unusable; moving it aside", e);
      moveAside(f);
      return Optional.empty();
    }
  }

  private Recovered parse(Path f) throws IOException, ScenarioFileException {
    byte[] content = Files.readAllBytes(capped(f));
    JsonNode root = Json.mapper().readTree(content);
    if (root == null
        || !root.path("autosaveVersion").canConvertToInt()
        || root.path("autosaveVersion").asInt() != AUTOSAVE_VERSION
        || !root.path("savedAt").isTextual()
        || !root.path("file").isObject()) {
      throw new IOException("not an autosave file");
    }
    Instant savedAt = Instant.parse(root.get("savedAt").textValue());
    JsonNode original = root.path("originalFile");
    Path originalFile = original.isTextual() ? Path.of(original.textValue()) : null;
    Scenario scenario =
        files.parseUnlogged(Json.mapper().writeValueAsBytes(root.get("file")));
    return new Recovered(scenario, originalFile, savedAt);
  }

  /** Removes this copy's autosave (after a clean exit or a successful save), never another's. */
  public void clear() throws IOException {
    Files.deleteIfExists(file());
  }

  private static Path capped(Path f) throws IOException {
    if (Files.size(f) > ScenarioFiles.MAX_FILE_BYTES) {
      throw new IOException("autosave larger than " + ScenarioFiles.MAX_FILE_BYTES + " bytes");
    }
    return f;
  }

  private void moveAside(Path f) {
    String stamp =
        DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(java.time.ZoneOffset.UTC)
            .format(clock.instant());
    try {
      Path aside = f.resolveSibling(FILE_NAME + ".corrupt-" + stamp);
      for (int n = 2; Files.exists(aside); n++) {
        aside = f.resolveSibling(FILE_NAME + ".corrupt-" + stamp + "-" + n);
      }
      Files.move(f, aside);
    } catch (IOException | InvalidPathException e) {
      LOG.log(Level.WARNING, "Could not move corrupt autosave " + f + " aside", e);
    }
  }
}
