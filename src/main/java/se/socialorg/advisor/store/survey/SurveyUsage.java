package se.socialorg.advisor.store.survey;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.scenario.ScenarioFileException;
import se.socialorg.advisor.store.scenario.ScenarioFiles;

/**
 * Which scenarios take their readiness figures from a survey: the recent files, every scenario
 * file in the folders the app knows (not their subfolders) and the autosaved working copies. Reads
 * files, so it runs off the FX thread. Says where it looked, so "not used" is never claimed beyond
 * what was searched.
 */
public final class SurveyUsage {

  /** Most scenario files read in one folder; a folder with more is searched only that far. */
  public static final int MAX_FILES_PER_FOLDER = 500;

  private static final Logger LOG = Logger.getLogger(SurveyUsage.class.getName());

  /**
   * What was found and where.
   *
   * @param files the scenario files that use the survey, in the order they were found
   * @param autosaved whether an autosaved working copy (not yet saved to a file) uses it
   * @param folders the folders searched
   * @param filesRead how many scenario files were read (recent files and folders together)
   * @param autosavesRead how many autosaved working copies were read
   */
  public record Result(
      List<Path> files, boolean autosaved, List<Path> folders, int filesRead, int autosavesRead) {
    public Result {
      files = List.copyOf(files);
      folders = List.copyOf(folders);
    }

    /** No scenario file and no autosave uses the survey. */
    public boolean unused() {
      return files.isEmpty() && !autosaved;
    }
  }

  private final ScenarioFiles scenarioFiles;

  public SurveyUsage(ScenarioFiles scenarioFiles) {
    this.scenarioFiles = scenarioFiles;
  }

  /**
   * Searches {@code recent} (files), every scenario file directly in {@code folders} and the
   * {@code autosaved} scenarios for the ones linked to {@code survey}. Files that are missing or
   * cannot be read as scenarios are skipped (they cannot be using it).
   */
  public Result find(SurveyInfo survey, List<Path> recent, List<Path> folders, List<Scenario> autosaved) {
    Set<Path> candidates = new LinkedHashSet<>();
    for (Path p : recent) {
      candidates.add(normal(p));
    }
    List<Path> searched = new ArrayList<>();
    for (Path folder : folders) {
      Path f = normal(folder);
      if (searched.contains(f) || !Files.isDirectory(f)) {
        continue;
      }
      searched.add(f);
      candidates.addAll(scenarioFilesIn(f));
    }
    List<Path> using = new ArrayList<>();
    int read = 0;
    for (Path p : candidates) {
      if (!Files.isRegularFile(p)) {
        continue;
      }
      read++;
      try {
        if (survey.usedBy(scenarioFiles.read(p).inputs().readiness())) {
          using.add(p);
        }
      } catch (ScenarioFileException e) {
        // not a readable scenario: it cannot be using the survey
      }
    }
    boolean inAutosave = autosaved.stream().anyMatch(s -> survey.usedBy(s.inputs().readiness()));
    return new Result(using, inAutosave, searched, read, autosaved.size());
  }

  /**
   * The folders the app knows for scenarios: the folder last used in a file dialog (where Open and
   * Save as start) and the folders of the recent files, each once.
   */
  public static List<Path> knownFolders(Path lastFolder, List<Path> recent) {
    Set<Path> out = new LinkedHashSet<>();
    if (lastFolder != null) {
      out.add(normal(lastFolder));
    }
    for (Path p : recent) {
      Path parent = normal(p).getParent();
      if (parent != null) {
        out.add(parent);
      }
    }
    return List.copyOf(out);
  }

  private static List<Path> scenarioFilesIn(Path folder) {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder,
        p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ScenarioFiles.EXTENSION))) {
      for (Path p : ds) {
        if (out.size() >= MAX_FILES_PER_FOLDER) {
          break;
        }
        out.add(normal(p));
      }
    } catch (IOException | SecurityException e) {
      LOG.log(Level.INFO, "Could not list " + folder, e);
    }
    out.sort(null);
    return out;
  }

  private static Path normal(Path p) {
    return p.toAbsolutePath().normalize();
  }
}
