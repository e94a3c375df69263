package se.socialorg.advisor.store.survey;

/**
 * A stored survey as listed in the library.
 *
 * @param id database id
 * @param name the name given at import
 * @param sourceFile the imported file's name
 * @param importedAt ISO-8601 UTC time of the import
 * @param respondents stored respondents
 * @param uid the survey's own id, which a rename never changes (scenarios link by it); empty when
 *     not known
 */
public record SurveyInfo(
    long id, String name, String sourceFile, String importedAt, int respondents, String uid) {

  public SurveyInfo {
    uid = uid == null ? "" : uid;
  }

  /** A survey whose own id is not known. */
  public SurveyInfo(long id, String name, String sourceFile, String importedAt, int respondents) {
    this(id, name, sourceFile, importedAt, respondents, "");
  }

  /** Whether a scenario's readiness figures come from this survey (see {@link
   * se.socialorg.advisor.model.Readiness#linksTo}). */
  public boolean usedBy(se.socialorg.advisor.model.Readiness readiness) {
    return readiness.linksTo(uid, name);
  }
}
