package se.socialorg.advisor.ui.library;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.ReferenceFigure;
import se.socialorg.advisor.present.ChartPoint;
import se.socialorg.advisor.present.FigureText;
import se.socialorg.advisor.present.ProvenanceText;
import se.socialorg.advisor.store.survey.SurveyInfo;

/**
 * The right-hand pane of the data library: where the selected figure (or a survey, or a bar
 * without a row) comes from, and which actions it allows. It draws; the screen decides.
 */
final class ProvenancePane {

  private final I18n t;
  private final FigureText text;
  private final Label heading;
  private final Label value;
  private final VBox details;
  private final Label status;
  private final Button override;
  private final Button reset;
  private final Button delete;

  ProvenancePane(I18n t, Label heading, Label value, VBox details, Label status, Button override,
      Button reset, Button delete) {
    this.t = t;
    this.text = new FigureText(t);
    this.heading = heading;
    this.value = value;
    this.details = details;
    this.status = status;
    this.override = override;
    this.reset = reset;
    this.delete = delete;
  }

  /**
   * A figure: its source, address, year, population, question, scale, kind of source, dispute,
   * flags, dataset and status.
   */
  void figure(ReferenceFigure f) {
    heading.setText(t.t("libui.provenance.heading", text.item(f.item()),
        text.country(f.country()), f.year()));
    value.setText(text.value(f));
    details.getChildren().setAll(
        detail("libui.provenance.source", ProvenanceText.title(t, f.source()), "provSource"),
        detail("libui.provenance.address",
            f.source().sourceUrl().isBlank() ? "\u2013" : f.source().sourceUrl(), "provAddress"),
        detail("libui.provenance.year", Integer.toString(f.year()), "provYear"),
        detail("libui.provenance.population",
            f.source().population().isBlank() ? "\u2013" : ProvenanceText.population(t, f.source()),
            "provPopulation"),
        detail("libui.provenance.question",
            f.method().question().isBlank() ? "\u2013" : f.method().question(), "provQuestion"),
        detail("libui.provenance.scale", f.method().scale().isBlank() ? "\u2013"
            : ProvenanceText.scale(t, f.method().scale()), "provScale"),
        detail("libui.provenance.evidence",
            t.t("libui.evidence." + f.method().evidence().name()), "provEvidence"),
        detail("libui.provenance.disputed", f.method().disputed()
            ? t.t("libui.provenance.disputedYes", f.method().variant())
            : text.yesNo(false), "provDisputed"),
        detail("libui.provenance.derived", text.yesNo(f.source().derived()), "provDerived"),
        detail("libui.provenance.vendorClaim", text.yesNo(f.source().vendorClaim()),
            "provVendorClaim"),
        detail("libui.provenance.dataset", text.dataset(f.dataset()), "provDataset"));
    String s;
    if (f.overridden()) {
      s = t.t("libui.provenance.overridden", text.value(f),
          text.value(f.shippedValue(), f.unit()))
          + (f.note().isBlank() ? "" : "\n" + t.t("libui.provenance.note", f.note()));
    } else if (f.shipped()) {
      s = t.t("libui.provenance.shipped");
    } else {
      s = t.t("libui.provenance.own")
          + (f.note().isBlank() ? "" : "\n" + t.t("libui.provenance.note", f.note()));
    }
    status.setText(s);
    actions(f);
  }

  /** A bar with no row behind it: what its tooltip says. */
  void point(ChartPoint p) {
    heading.setText(p.category() + " \u2014 " + p.series());
    value.setText(p.valueText());
    details.getChildren().setAll(new Label(p.detailsOrSummary()));
    status.setText("");
    actions(null);
  }

  /** A survey: its file and when it was imported. */
  void survey(SurveyInfo info) {
    heading.setText(info.name());
    value.setText(t.t("libui.survey.entry.respondents", info.respondents()));
    details.getChildren().setAll(
        detail("libui.survey.file", info.sourceFile(), "provSource"),
        detail("libui.survey.importedAt", info.importedAt().replace('T', ' ')
            .replaceAll("\\.\\d+", "").replace("Z", " UTC"), "provYear"));
    status.setText(t.t("libui.survey.useInWizard"));
    actions(null);
  }

  /** Nothing selected. */
  void clear() {
    heading.setText(t.t("libui.provenance.none"));
    value.setText("");
    details.getChildren().clear();
    status.setText("");
    actions(null);
  }

  /**
   * The actions on the selected figure: a shipped one can be given the user's value and restored,
   * one the user added can be changed and deleted; nothing when no figure is selected.
   */
  private void actions(ReferenceFigure f) {
    override.setDisable(f == null);
    reset.setDisable(f == null || !f.overridden());
    delete.setDisable(f == null || f.shipped());
  }

  private VBox detail(String key, String text, String id) {
    Label name = new Label(t.t(key));
    name.getStyleClass().add("provenance-label");
    Label v = new Label(text);
    v.setId(id);
    v.setWrapText(true);
    name.setLabelFor(v);
    return new VBox(1, name, v);
  }
}
