package se.socialorg.advisor.model;

/**
 * What the organisation finally decided, which may differ from the recommendation.
 *
 * @param taken the model chosen, or null while undecided
 * @param notes free text
 */
public record Decision(Alternative taken, String notes) {
  public Decision {
    notes = notes == null ? "" : notes;
  }

  public static Decision none() {
    return new Decision(null, "");
  }
}
