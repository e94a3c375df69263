package se.socialorg.advisor.store.scenario;

import se.socialorg.advisor.store.AtomicFiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.Json;

/**
 * The autosave of the working scenario, one file in the autosave folder (e.g. {@code
 * DataDirectory.autosave()}). Written atomically while the user edits, cleared after a clean exit
 * or a successful save; if it is still there at start-up, the previous session crashed.
 *
 * <p>The file is {@value #FILE_NAME}: {@code {"autosaveVersion": 1, "originalFile": path or null,
 * "savedAt": instant, "file": <a complete scenario file>}}.
 */
public final class AutosaveStore {

  /** Name of the autosave file inside the folder. */
  public static final String FILE_NAME = "working-scenario.autosave.json";

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

  /** The autosave file. */
  public Path file() {
    return folder.resolve(FILE_NAME);
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
    root.set(
        "file",
        files.toJsonTree(
            new ScenarioFile(
                ScenarioFiles.FORMAT_VERSION,
                ScenarioFiles.APPLICATION,
                now.truncatedTo(ChronoUnit.SECONDS).toString(),
                scenario)));
    AtomicFiles.write(file(), Json.mapper().writeValueAsBytes(root));
  }

  /**
   * The autosaved scenario left by a session that did not exit cleanly, if any. A corrupt
   * autosave gives empty and is moved aside (renamed with {@code .corrupt-<time>}), never deleted.
   */
  public Optional<Recovered> pending() {
    Path f = file();
    if (!Files.isRegularFile(f)) {
      return Optional.empty();
    }
    try {
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
      return Optional.of(new Recovered(scenario, originalFile, savedAt));
    } catch (IOException | ScenarioFileException | RuntimeException e) {
      LOG.log(Level.WARNING, "Autosave " + f + " is unusable; moving it aside", e);
      moveAside(f);
      return Optional.empty();
    }
  }

  /** Removes the autosave (after a clean exit or a successful save). */
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
      Files.move(f, f.resolveSibling(FILE_NAME + ".corrupt-" + stamp));
    } catch (IOException | InvalidPathException e) {
      LOG.log(Level.WARNING, "Could not move corrupt autosave " + f + " aside", e);
    }
  }
}
