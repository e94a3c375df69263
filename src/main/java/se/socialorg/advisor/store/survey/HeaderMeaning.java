package se.socialorg.advisor.store.survey;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises survey columns by what their header means, in English or Swedish, whatever the
 * exact wording: "Skulle du vilja dela företagets innehåll i dina egna kanaler?" and "I would be
 * willing to share company content on my own social media" both mean willingness to share.
 * Metadata and personal columns (ID, start and completion time, e-mail, name) are recognised so
 * that they are never offered for mapping and never stored.
 */
public final class HeaderMeaning {

  /**
   * Word stems that together mean a field: every stem of a group must begin a word of the
   * header. A group of more stems is stronger evidence.
   */
  private static final Map<SurveyField, List<List<String>>> STEMS = new EnumMap<>(SurveyField.class);

  static {
    STEMS.put(SurveyField.DEPARTMENT, groups(
        "avdelning", "department", "dept", "enhet", "division", "affärsområde", "unit", "team",
        "förvaltning", "sektion"));
    STEMS.put(SurveyField.ROLE, groups(
        "roll", "role", "befattning", "titel", "title", "yrke", "tjänst", "position"));
    STEMS.put(SurveyField.TECHNICAL_EXPERT, groups(
        "teknisk", "technical", "expert", "specialist", "engineer", "ingenjör", "sakkunnig"));
    STEMS.put(SurveyField.ACTIVE, groups(
        "aktiv", "active", "använder sociala", "use social", "sociala medier jobb",
        "social media work"));
    STEMS.put(SurveyField.WILLINGNESS, groups(
        "dela innehåll", "share content", "willing", "villig", "vilja dela", "benägen",
        "ambassad", "advoca", "dela företag", "share company", "sprida", "dela inlägg",
        "share posts"));
    STEMS.put(SurveyField.NETWORK_SIZE, groups(
        "kontakter", "contacts", "connections", "följare", "followers", "nätverk", "network"));
    STEMS.put(SurveyField.POSTS_PER_MONTH, groups(
        "hur ofta publicer", "how often post", "how often publish", "hur ofta delar",
        "how often share", "inlägg", "posts", "publicer", "postar", "posting"));
  }

  /** Headers of metadata and personal columns, normalised (see {@link SurveyField#normalise}). */
  private static final Set<String> METADATA =
      Set.of(
          "id", "respondent id", "response id", "svars id", "svarsid", "respondent", "nr",
          "start time", "starttid", "completion time", "slutförandetid", "end time", "sluttid",
          "submitted", "submitted at", "inskickad", "timestamp", "tidstämpel", "tidsstämpel",
          "last modified time", "senaste ändringstid", "senast ändrad",
          "email", "e mail", "email address", "e mail address", "e post", "e postadress",
          "mejl", "mejladress", "epost", "name", "namn", "full name", "fullständigt namn",
          "your name", "ditt namn", "first name", "last name", "förnamn", "efternamn",
          "ip address", "ip adress", "phone", "telefon", "telefonnummer", "personnummer");

  private HeaderMeaning() {}

  /**
   * The mapping found for some headers.
   *
   * @param fields a header for each recognised field
   * @param metadata headers of metadata and personal columns (never stored)
   * @param ambiguous fields with two or more equally good headers, and those headers
   */
  public record Match(
      Map<SurveyField, String> fields, List<String> metadata, Map<SurveyField, List<String>> ambiguous) {

    public Match {
      fields = Map.copyOf(fields);
      metadata = List.copyOf(metadata);
      ambiguous = Map.copyOf(ambiguous);
    }

    /** True when some field could mean two columns: the CLI refuses it, the dialog asks. */
    public boolean isAmbiguous() {
      return !ambiguous.isEmpty();
    }
  }

  /** True for metadata and personal columns: ID, times, e-mail, name. */
  public static boolean isMetadata(String header) {
    String n = SurveyField.normalise(header);
    return METADATA.contains(n) || n.startsWith("e post") || n.startsWith("email ")
        || n.contains(" e post") || n.contains(" email");
  }

  /** How many cells are recognised headers (fields or metadata): to find the header row. */
  public static int recognised(List<String> cells) {
    int n = 0;
    for (String c : cells) {
      if (c.isBlank()) {
        continue;
      }
      if (isMetadata(c)) {
        n++;
        continue;
      }
      for (SurveyField f : SurveyField.values()) {
        if (score(f, c) > 0) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  /** How strongly a header means a field; 0 when it does not. */
  static int score(SurveyField f, String header) {
    String n = SurveyField.normalise(header);
    if (n.isEmpty()) {
      return 0;
    }
    int best = 0;
    for (String syn : f.synonyms()) {
      if (n.equals(syn)) {
        return 1000;
      }
      if ((" " + n + " ").contains(" " + syn + " ")) {
        best = Math.max(best, 20 + syn.length());
      }
    }
    String[] words = n.split(" ");
    for (List<String> group : STEMS.get(f)) {
      if (allBegin(words, group)) {
        best = Math.max(best, 10 * group.size());
      }
    }
    return best;
  }

  /**
   * The best column for each field: strongest evidence first, each column used once, metadata
   * columns never. A field whose best score is shared by another unused column is ambiguous.
   */
  public static Match match(List<String> headers) {
    List<String> metadata = new ArrayList<>();
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      if (headers.get(i).isBlank()) {
        continue;
      }
      if (isMetadata(headers.get(i))) {
        metadata.add(headers.get(i));
      } else {
        candidates.add(i);
      }
    }
    record Pair(SurveyField field, int column, int score) {}
    List<Pair> pairs = new ArrayList<>();
    for (SurveyField f : SurveyField.values()) {
      for (int i : candidates) {
        int s = score(f, headers.get(i));
        if (s > 0) {
          pairs.add(new Pair(f, i, s));
        }
      }
    }
    pairs.sort((a, b) -> a.score != b.score ? b.score - a.score
        : a.field != b.field ? a.field.ordinal() - b.field.ordinal() : a.column - b.column);
    Map<SurveyField, String> fields = new EnumMap<>(SurveyField.class);
    Map<SurveyField, Integer> scores = new EnumMap<>(SurveyField.class);
    Set<Integer> used = new LinkedHashSet<>();
    for (Pair p : pairs) {
      if (fields.containsKey(p.field) || used.contains(p.column)) {
        continue;
      }
      fields.put(p.field, headers.get(p.column));
      scores.put(p.field, p.score);
      used.add(p.column);
    }
    Map<SurveyField, List<String>> ambiguous = new EnumMap<>(SurveyField.class);
    for (var e : fields.entrySet()) {
      List<String> tied = new ArrayList<>();
      for (Pair p : pairs) {
        if (p.field == e.getKey() && p.score == scores.get(e.getKey()) && !used.contains(p.column)) {
          tied.add(headers.get(p.column));
        }
      }
      if (!tied.isEmpty()) {
        tied.add(0, e.getValue());
        ambiguous.put(e.getKey(), tied);
      }
    }
    return new Match(fields, metadata, ambiguous);
  }

  private static boolean allBegin(String[] words, List<String> stems) {
    for (String stem : stems) {
      boolean found = false;
      for (String w : words) {
        if (w.startsWith(stem)) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static List<List<String>> groups(String... groups) {
    List<List<String>> out = new ArrayList<>();
    for (String g : groups) {
      out.add(List.of(g.split(" ")));
    }
    return out;
  }
}
