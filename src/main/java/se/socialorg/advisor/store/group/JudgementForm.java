package se.socialorg.advisor.store.group;

import se.socialorg.advisor.model.Goals;

/**
 * A judgement form: what a colleague needs to weigh the goals for a case, and nothing more (no
 * figures they must not change). The facilitator exports one per member; the colleague opens it
 * in the app, answers and saves; the facilitator imports it back.
 *
 * @param formVersion {@link JudgementForms#FORM_VERSION}
 * @param application {@link JudgementForms#APPLICATION}
 * @param formId the id the scenario keeps for this member, so the answers find their way back
 * @param scenarioName the case's name, shown to the colleague
 * @param organisationName the organisation, shown to the colleague
 * @param language {@code en} or {@code sv}: the language the form opens in
 * @param participantName who is asked
 * @param participantRole their role
 * @param goals the member's answers; unanswered until they save
 * @param answeredAt when the member saved their answers (ISO-8601, UTC), or null
 */
public record JudgementForm(
    int formVersion,
    String application,
    String formId,
    String scenarioName,
    String organisationName,
    String language,
    String participantName,
    String participantRole,
    Goals goals,
    String answeredAt) {

  /** The same form with the member's answers. */
  public JudgementForm answered(Goals answers, String at) {
    return new JudgementForm(formVersion, application, formId, scenarioName, organisationName,
        language, participantName, participantRole, answers, at);
  }
}
