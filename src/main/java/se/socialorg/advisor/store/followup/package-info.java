/**
 * Follow-up after the decision: actual results read from a LinkedIn Company Page export or an
 * advocacy platform report (all or nothing, with row errors), and the follow-up file kept beside
 * the scenario file (docs/decisions/0018).
 */
package se.socialorg.advisor.store.followup;
