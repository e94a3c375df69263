package se.socialorg.advisor.ui.library;

/**
 * What the user chose on the library screen, kept outside the view so a language switch (which
 * rebuilds the view) keeps the dataset, filters and search.
 */
public final class LibraryModel {

  private String selectedKey = "";
  private String country = "";
  private int year;
  private String search = "";
  private int surveyChart;

  /** The dataset list entry shown, e.g. {@code DATASET:EDELMAN_INSTITUTIONS}; empty at first. */
  public String selectedKey() {
    return selectedKey;
  }

  void select(String key) {
    selectedKey = key == null ? "" : key;
  }

  /** Country filter, empty for all countries. */
  public String country() {
    return country;
  }

  void filterCountry(String c) {
    country = c == null ? "" : c;
  }

  /** Year filter, 0 for all years. */
  public int year() {
    return year;
  }

  void filterYear(Integer y) {
    year = y == null ? 0 : y;
  }

  public String search() {
    return search;
  }

  void search(String text) {
    search = text == null ? "" : text;
  }

  int surveyChart() {
    return surveyChart;
  }

  void surveyChart(int index) {
    surveyChart = Math.max(0, index);
  }
}
