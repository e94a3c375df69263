package se.socialorg.advisor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The app stylesheet's binary form (written by the build beside app.css, issue 21): JavaFX loads
 * app.bss in place of app.css, so it must be there and say exactly what app.css says. No toolkit:
 * both forms are read as the start-up preparation reads them.
 */
class AppStylesheetBinaryTest {

  private static final String BINARY = Theme.APP_CSS.replace(".css", ".bss");

  @Test
  void theBinaryFormLiesBesideTheStylesheet() {
    assertThat(Theme.class.getResource(BINARY))
        .as("%s: written by the build (process-classes); run mvn process-classes", BINARY)
        .isNotNull();
  }

  @Test
  void theBinaryFormHasTheSameRulesAsTheStylesheet() throws IOException {
    URL css = Theme.class.getResource(Theme.APP_CSS);
    URL bss = Theme.class.getResource(BINARY);
    Stylesheet parsed = new CssParser().parse(css);
    Stylesheet binary = Stylesheet.loadBinary(bss);

    assertThat(parsed.getRules()).isNotEmpty();
    assertThat(texts(binary.getRules()))
        .as("app.bss is older than app.css: run mvn process-classes")
        .containsExactlyElementsOf(texts(parsed.getRules()));
  }

  /** Each rule as its selectors and its declarations (a binary rule reads these when asked). */
  private static List<String> texts(List<Rule> rules) {
    return rules.stream()
        .map(r -> r.getSelectors() + " " + r.getDeclarations().stream()
            .map(d -> d.getProperty() + ": " + d.getParsedValue() + (d.isImportant() ? " !" : ""))
            .toList())
        .toList();
  }
}
