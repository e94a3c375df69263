package se.socialorg.advisor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.Border;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Keyboard focus is visible on every kind of control, sliders included, in the light and the
 * dark theme: the focused control (or its thumb or box) has a ring that the unfocused one lacks.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FocusRingTest {

  private Stage stage;

  @Start
  void start(Stage primary) {
    stage = new Stage();
  }

  @AfterEach
  void tearDown() throws Exception {
    FxToolkit.cleanupStages();
  }

  static Stream<Arguments> controls() {
    Function<Control, Region> itself = c -> c;
    Function<Control, Region> thumb = c -> (Region) c.lookup(".thumb");
    Function<Control, Region> box = c -> (Region) c.lookup(".box");
    List<Object[]> kinds = List.of(
        new Object[] {"button", (Callable<Control>) () -> new Button("Next"), itself},
        new Object[] {"text field", (Callable<Control>) TextField::new, itself},
        new Object[] {"drop-down", (Callable<Control>) ComboBox::new, itself},
        new Object[] {"slider", (Callable<Control>) () -> new Slider(0, 10, 5), thumb},
        new Object[] {"check box", (Callable<Control>) () -> new CheckBox("Show"), box});
    return Stream.of(Theme.values()).flatMap(t -> kinds.stream()
        .map(k -> Arguments.of(k[0], t, k[1], k[2])));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("controls")
  void focusedControlShowsARing(String kind, Theme theme, Callable<Control> make,
      Function<Control, Region> ringed) throws Exception {
    Control[] pair = fx(() -> {
      Control a = make.call();
      Control b = make.call();
      Scene scene = new Scene(new VBox(20, a, b), 400, 300);
      theme.apply(scene);
      stage.setScene(scene);
      stage.show();
      stage.requestFocus();
      return new Control[] {a, b};
    });
    fx(() -> {
      pair[0].requestFocus();
      return null;
    });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(pair[0].isFocused()).isTrue();
    assertThat(hasRing(ringed.apply(pair[0]))).as("focused %s", kind).isTrue();
    assertThat(hasRing(ringed.apply(pair[1]))).as("unfocused %s", kind).isFalse();
  }

  private static boolean hasRing(Region r) {
    Border b = r.getBorder();
    return b != null && b.getStrokes().stream().anyMatch(s -> s.getWidths().getTop() >= 2
        && s.getTopStroke() instanceof javafx.scene.paint.Color c && c.getOpacity() > 0);
  }

  private static <T> T fx(Callable<T> work) {
    try {
      return WaitForAsyncUtils.asyncFx(work).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
