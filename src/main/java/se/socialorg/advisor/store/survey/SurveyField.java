package se.socialorg.advisor.store.survey;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The answers a survey CSV can hold, with the English and Swedish header names each is
 * recognised by (case-insensitive, punctuation ignored).
 */
public enum SurveyField {
  DEPARTMENT(
      "survey.field.department",
      false,
      "department", "dept", "division", "business unit", "unit", "team",
      "avdelning", "enhet", "affärsområde", "affärsenhet"),
  ROLE(
      "survey.field.role",
      false,
      "role", "job title", "title", "position", "job",
      "roll", "yrkesroll", "befattning", "titel", "tjänst"),
  TECHNICAL_EXPERT(
      "survey.field.technicalExpert",
      false,
      "technical expert", "tech expert", "technical specialist", "expert",
      "teknisk expert", "tekniskt expert", "teknisk specialist", "expert"),
  ACTIVE(
      "survey.field.active",
      true,
      "active on social media", "social media activity", "active", "how often",
      "aktiv i sociala medier", "aktiv på sociala medier", "aktiv", "hur ofta", "aktivitet"),
  WILLINGNESS(
      "survey.field.willingness",
      true,
      "willingness to share", "willing to share", "willingness", "share company content",
      "villighet att dela", "vilja att dela", "villighet", "benägenhet att dela",
      "dela företagets innehåll"),
  NETWORK_SIZE(
      "survey.field.networkSize",
      true,
      "network size", "network", "followers", "connections", "contacts",
      "nätverksstorlek", "nätverkets storlek", "nätverk", "följare", "kontakter", "antal kontakter"),
  POSTS_PER_MONTH(
      "survey.field.postsPerMonth",
      false,
      "posts per month", "posts month", "monthly posts", "posts",
      "inlägg per månad", "inlägg månad", "antal inlägg", "inlägg");

  private final String messageKey;
  private final boolean required;
  private final List<String> synonyms;

  SurveyField(String messageKey, boolean required, String... synonyms) {
    this.messageKey = messageKey;
    this.required = required;
    this.synonyms = Arrays.stream(synonyms).map(SurveyField::normalise).distinct().toList();
  }

  /** Required fields must be mapped to a column for an import to run. */
  public boolean required() {
    return required;
  }

  /** Normalised header names this field is recognised by. */
  public List<String> synonyms() {
    return synonyms;
  }

  /** i18n key of the field's label, e.g. {@code survey.field.networkSize}. */
  public String messageKey() {
    return messageKey;
  }

  /** The field by its enum name or a short name such as {@code network_size}/{@code networkSize}. */
  public static Optional<SurveyField> parse(String name) {
    String n = name.strip().replace("-", "_").replaceAll("([a-z])([A-Z])", "$1_$2");
    for (SurveyField f : values()) {
      if (f.name().equalsIgnoreCase(n)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Lower case, letters and digits only, single spaces. */
  static String normalise(String header) {
    return header
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
  }

  /**
   * Suggests a column for each field by what the headers mean (see {@link HeaderMeaning}):
   * exact names first, then phrases and word stems; metadata and personal columns never. Each
   * header is used at most once.
   */
  public static Map<SurveyField, String> suggest(List<String> headers) {
    return HeaderMeaning.match(headers).fields();
  }
}
