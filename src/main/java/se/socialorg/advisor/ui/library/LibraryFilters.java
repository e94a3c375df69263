package se.socialorg.advisor.ui.library;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.ReferenceFigure;
import se.socialorg.advisor.present.FigureText;

/**
 * The data library's country, year and search filters: bound to the choice kept in
 * {@link LibraryModel} (so it survives a language switch); every change re-applies the filter.
 */
final class LibraryFilters {

  private final LibraryModel model;
  private final LibraryViewModel vm;
  private final ComboBox<String> countryFilter;
  private final ComboBox<Integer> yearFilter;
  private final TextField searchField;
  private boolean updating;

  LibraryFilters(LibraryModel model, LibraryViewModel vm, I18n t, FigureText text,
      Label countryLabel, ComboBox<String> countryFilter, Label yearLabel,
      ComboBox<Integer> yearFilter, TextField searchField, Runnable apply) {
    this.model = model;
    this.vm = vm;
    this.countryFilter = countryFilter;
    this.yearFilter = yearFilter;
    this.searchField = searchField;
    countryLabel.setLabelFor(countryFilter);
    yearLabel.setLabelFor(yearFilter);
    LibraryTables.filters(countryFilter, yearFilter, t, text);
    countryFilter.valueProperty().addListener((o, a, b) -> {
      if (!updating) {
        model.filterCountry(b);
        apply.run();
      }
    });
    yearFilter.valueProperty().addListener((o, a, b) -> {
      if (!updating) {
        model.filterYear(b);
        apply.run();
      }
    });
    searchField.setText(model.search());
    searchField.textProperty().addListener((o, a, b) -> {
      model.search(b);
      apply.run();
    });
  }

  /** The choices the loaded figures offer; a kept choice they do not offer is dropped. */
  void fill(List<ReferenceFigure> loaded) {
    updating = true;
    try {
      List<String> cs = vm.countryChoices(loaded);
      countryFilter.getItems().setAll(cs);
      if (!cs.contains(model.country())) {
        model.filterCountry("");
      }
      countryFilter.setValue(model.country());
      List<Integer> ys = vm.yearChoices(loaded);
      yearFilter.getItems().setAll(ys);
      if (!ys.contains(model.year())) {
        model.filterYear(0);
      }
      yearFilter.setValue(model.year());
    } finally {
      updating = false;
    }
  }

  /** Filters mean nothing for a survey. */
  void setDisable(boolean disable) {
    List.of(countryFilter, yearFilter, searchField).forEach(n -> n.setDisable(disable));
  }
}
