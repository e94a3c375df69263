/**
 * Collecting a group's judgements outside the app's own screens: judgement forms that a
 * facilitator sends to colleagues and imports again, and a spreadsheet template with one row per
 * participant. Every import is all-or-nothing and names the file, the line and the member.
 */
package se.socialorg.advisor.store.group;
