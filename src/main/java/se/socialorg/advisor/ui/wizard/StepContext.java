package se.socialorg.advisor.ui.wizard;

import javafx.scene.Node;
import javafx.scene.control.Label;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.ui.ScreenHost;
import se.socialorg.advisor.ui.Subscriptions;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/** What every wizard step needs: texts, the model, field builders, listeners to dispose. */
record StepContext(
    I18n i18n,
    WizardModel model,
    FieldFactory fields,
    Subscriptions subscriptions,
    ScreenHost host,
    WizardServices services) {

  ScenarioSession session() {
    return model.session();
  }

  String t(String key, Object... args) {
    return i18n.t(key, args);
  }

  Label sectionTitle(String key) {
    Label l = new Label(t(key));
    l.getStyleClass().add("section-title");
    l.setWrapText(true);
    return l;
  }

  Label note(String text) {
    Label l = new Label(text);
    l.setWrapText(true);
    l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    l.getStyleClass().add("text-muted");
    return l;
  }

  /** Placeholder-free helper to wrap a node with an id. */
  static <N extends Node> N id(N node, String id) {
    node.setId(id);
    return node;
  }
}
