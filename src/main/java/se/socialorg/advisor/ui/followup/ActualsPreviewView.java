package se.socialorg.advisor.ui.followup;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.store.followup.ActualsPreview;
import se.socialorg.advisor.store.followup.PlatformField;
import se.socialorg.advisor.store.followup.Row;

/** The actuals file in preview: its kind, the column mapping of a platform report, its first rows. */
final class ActualsPreviewView {

  private static final double GAP = FollowUpNodes.GAP;

  private final I18n t;
  private final FollowUpViewModel model;
  private final VBox previewBox;

  ActualsPreviewView(I18n t, FollowUpViewModel model, VBox previewBox) {
    this.t = t;
    this.model = model;
    this.previewBox = previewBox;
  }

  void draw(ActualsPreview p) {
    previewBox.getChildren().clear();
    if (p == null) {
      return;
    }
    Label kind = new Label(t.t("followup.preview.kind", p.fileName(), t.t("followup.source." + p.source().name()), p.rows()));
    kind.setId("previewKind");
    kind.setWrapText(true);
    previewBox.getChildren().add(kind);
    if (p.source() == se.socialorg.advisor.model.ActualsSource.ADVOCACY_PLATFORM) {
      Label m = new Label(t.t("followup.preview.mapping.help"));
      m.setId("previewMapping");
      m.setWrapText(true);
      previewBox.getChildren().add(m);
      FlowPane fields = new FlowPane(GAP, 6);
      List<String> choices = new ArrayList<>();
      choices.add(t.t("followup.preview.column.none"));
      choices.addAll(p.headers());
      for (PlatformField field : PlatformField.values()) {
        ComboBox<String> column = new ComboBox<>(FXCollections.observableArrayList(choices));
        column.setId("map_" + field.name());
        Integer at = p.mapping().get(field);
        column.getSelectionModel().select(at == null ? 0 : at + 1);
        column.setOnAction(e -> model.actuals().mapColumn(field, column.getSelectionModel().getSelectedIndex() - 1));
        fields.getChildren().add(new HBox(4, FollowUpNodes.labelFor(t.t(field.messageKey()), column), column));
      }
      previewBox.getChildren().add(fields);
      for (PlatformField missing : p.missing()) {
        Label l = new Label(t.t("followup.preview.missing", t.t(missing.messageKey())));
        l.getStyleClass().add("error-text");
        previewBox.getChildren().add(l);
      }
      if (p.mapping().containsKey(PlatformField.REACH) && !p.mapping().containsKey(PlatformField.IMPRESSIONS)) {
        Label l = new Label(t.t("followup.preview.reach"));
        l.setWrapText(true);
        previewBox.getChildren().add(l);
      }
    }
    TableView<Row> table = new TableView<>(FXCollections.observableArrayList(p.sample()));
    table.setId("previewTable");
    table.setPrefHeight(200);
    for (int c = 0; c < p.headers().size(); c++) {
      int col = c;
      TableColumn<Row, String> tc = new TableColumn<>(p.headers().get(c));
      tc.setCellValueFactory(x -> new ReadOnlyStringWrapper(x.getValue().cell(col)));
      table.getColumns().add(tc);
    }
    Button confirm = FollowUpNodes.button("confirmImport", t.t("followup.preview.import"));
    confirm.setDisable(!p.missing().isEmpty());
    confirm.setOnAction(e -> model.actuals().confirmImport(false));
    Button replace = FollowUpNodes.button("replaceImport", t.t("followup.preview.replace"));
    replace.setVisible(model.actuals().overlapPendingProperty().get());
    replace.setManaged(model.actuals().overlapPendingProperty().get());
    replace.setOnAction(e -> model.actuals().confirmImport(true));
    Button cancel = FollowUpNodes.button("cancelImport", t.t("followup.preview.cancel"));
    cancel.setOnAction(e -> model.actuals().cancelImport());
    ListView<String> errors = new ListView<>(model.actuals().importErrors());
    errors.setId("importErrors");
    errors.setPrefHeight(90);
    previewBox.getChildren().addAll(table, new HBox(GAP, confirm, replace, cancel), errors);
  }
}
