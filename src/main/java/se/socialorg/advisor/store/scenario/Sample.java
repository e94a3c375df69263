package se.socialorg.advisor.store.scenario;

/**
 * A sample scenario shipped with the application.
 *
 * @param id stable identifier, also the file name without {@link ScenarioFiles#EXTENSION}
 * @param titleKey bundle key of its title for the home screen
 * @param descriptionKey bundle key of its one-line description
 */
public record Sample(String id, String titleKey, String descriptionKey) {

  /** Classpath resource of the sample file. */
  public String resource() {
    return Samples.RESOURCE_FOLDER + id + ScenarioFiles.EXTENSION;
  }
}
