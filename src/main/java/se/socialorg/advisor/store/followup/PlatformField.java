package se.socialorg.advisor.store.followup;

import java.util.List;
import java.util.Locale;

/**
 * The columns of an advocacy platform report (the minimum common schema of Dynamic Signal,
 * EveryoneSocial, Haiilo, Sociuu and others; reference-data-current.md s.4.2), with the header
 * names that mean each.
 */
public enum PlatformField {
  DATE(true, "date", "day", "period", "share date", "shared on", "date shared", "published", "created on", "datum"),
  ADVOCATE(false, "advocate", "user", "name", "member", "employee", "shared by", "ambassador", "user name", "medarbetare", "namn"),
  SHARES(true, "shares", "share count", "unique shares", "member shares", "posts", "delningar"),
  CLICKS(true, "clicks", "unique clicks", "klick"),
  REACTIONS(false, "reactions", "total reactions", "engagements", "content engagement", "likes", "reaktioner"),
  IMPRESSIONS(false, "impressions", "impression", "post views", "views", "visningar"),
  REACH(false, "reach", "potential reach", "audience size", "linkedin audience size", "content reach", "räckvidd"),
  EMV(false, "emv", "earned media value", "earned media value (emv)");

  private final boolean required;
  private final List<String> names;

  PlatformField(boolean required, String... names) {
    this.required = required;
    this.names = List.of(names);
  }

  /** Required columns; one of {@link #IMPRESSIONS} or {@link #REACH} is required as well. */
  public boolean required() {
    return required;
  }

  /** The i18n key of the field's label. */
  public String messageKey() {
    return "followup.field." + name().toLowerCase(Locale.ROOT);
  }

  boolean means(String header) {
    return names.contains(normalise(header));
  }

  static String normalise(String header) {
    return header.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
