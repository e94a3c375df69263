package se.socialorg.advisor.ui.library;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import se.socialorg.advisor.store.survey.AnswerMapping;
import se.socialorg.advisor.store.survey.SurveyField;

/**
 * The import dialog's step for answer words the import did not understand: each word with how
 * often it occurs, and what the manager says it means. Nothing is stored until every word has a
 * meaning and the import runs again. No controls: the dialog's view binds to it.
 */
public final class AnswerWordsViewModel {

  /** What an unknown word can be read as, per field: words the import understands. */
  static final Map<SurveyField, List<String>> MEANINGS = new EnumMap<>(SurveyField.class);

  static {
    MEANINGS.put(SurveyField.TECHNICAL_EXPERT, List.of("yes", "no", "don't know"));
    MEANINGS.put(SurveyField.ACTIVE,
        List.of("yes", "no", "daily", "weekly", "monthly", "rarely", "never", "don't know"));
    MEANINGS.put(SurveyField.WILLINGNESS,
        List.of("strongly agree", "agree", "neither agree nor disagree", "disagree",
            "strongly disagree", "don't know"));
    MEANINGS.put(SurveyField.POSTS_PER_MONTH,
        List.of("daily", "weekly", "monthly", "rarely", "never", "don't know"));
  }

  /**
   * One word not understood.
   *
   * @param field the column's field
   * @param word the word as written in the file
   * @param count how many answers use it
   */
  public record Word(SurveyField field, String word, int count) {}

  private final ReadOnlyObjectWrapper<List<Word>> words = new ReadOnlyObjectWrapper<>(List.of());
  private final Map<Word, String> meanings = new LinkedHashMap<>();
  private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(true);

  /** The words not understood, in file order per field. */
  public ReadOnlyObjectProperty<List<Word>> wordsProperty() {
    return words.getReadOnlyProperty();
  }

  /** True when every word has a meaning (or there are none). */
  public ReadOnlyBooleanProperty completeProperty() {
    return complete.getReadOnlyProperty();
  }

  /** Shows the words an import did not understand, keeping meanings already given. */
  public void showUnknown(Map<SurveyField, Map<String, Integer>> unknown) {
    List<Word> list = new ArrayList<>();
    unknown.forEach((f, m) -> m.forEach((w, n) -> list.add(new Word(f, w, n))));
    words.set(List.copyOf(list));
    meanings.keySet().retainAll(list);
    updateComplete();
  }

  /** What a word can mean. */
  public static List<String> meaningsFor(SurveyField field) {
    return MEANINGS.getOrDefault(field, List.of());
  }

  /** The manager says {@code word} means {@code meaning} (one of {@link #meaningsFor}). */
  public void mean(Word word, String meaning) {
    if (meaning == null || !meaningsFor(word.field()).contains(meaning)) {
      meanings.remove(word);
    } else {
      meanings.put(word, meaning);
    }
    updateComplete();
  }

  /** The meaning given to a word, or null. */
  public String meaningOf(Word word) {
    return meanings.get(word);
  }

  /** Everything said so far, for the next import. */
  public AnswerMapping mapping() {
    Map<SurveyField, Map<String, String>> m = new EnumMap<>(SurveyField.class);
    meanings.forEach((w, meaning) ->
        m.computeIfAbsent(w.field(), k -> new LinkedHashMap<>()).put(w.word(), meaning));
    return AnswerMapping.of(m);
  }

  private void updateComplete() {
    complete.set(words.get().stream().allMatch(meanings::containsKey));
  }
}
