package se.socialorg.advisor.store.survey;

/**
 * A stored survey as listed in the library.
 *
 * @param id database id
 * @param name the name given at import
 * @param sourceFile the imported file's name
 * @param importedAt ISO-8601 UTC time of the import
 * @param respondents stored respondents
 */
public record SurveyInfo(long id, String name, String sourceFile, String importedAt, int respondents) {}
