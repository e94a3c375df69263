package se.socialorg.advisor.store.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import se.socialorg.advisor.model.Scenario;

/**
 * The sample scenarios, read from classpath resources so that they open from a packaged jar. The
 * copies in {@code assets/scenarios/} are identical (a test checks it).
 */
public final class Samples {

  /** Classpath folder of the samples, with trailing slash. */
  static final String RESOURCE_FOLDER = "/se/socialorg/advisor/store/scenario/samples/";

  private static final List<Sample> SAMPLES =
      List.of(
          sample("swedish-b2b-tech", "swedishB2bTech"),
          sample("regional-bank", "regionalBank"),
          sample("multinational", "multinational"));

  private final ScenarioFiles files;

  /** Samples read with the given reader. */
  public Samples(ScenarioFiles files) {
    this.files = files;
  }

  /** The samples in the order the home screen shows them. */
  public List<Sample> list() {
    return SAMPLES;
  }

  /** Opens a sample; a failure here is a packaging bug, reported like any bad file. */
  public Scenario open(Sample sample) throws ScenarioFileException {
    try (InputStream in = Samples.class.getResourceAsStream(sample.resource())) {
      if (in == null) {
        throw new ScenarioFileException("scenario.error.notFound", List.of(), "", -1, -1, null);
      }
      return files.parse(in.readNBytes((int) ScenarioFiles.MAX_FILE_BYTES + 1), sample.resource());
    } catch (IOException e) {
      throw new ScenarioFileException(
          "scenario.error.io", List.of(String.valueOf(e.getMessage())), "", -1, -1, e);
    }
  }

  private static Sample sample(String id, String key) {
    return new Sample(id, "scenario.sample." + key + ".title", "scenario.sample." + key + ".description");
  }
}
