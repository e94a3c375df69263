package se.socialorg.advisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InputWriterTest {

  /** Writing a field then reading it gives the written value, and no other field moves. */
  @ParameterizedTest
  @EnumSource(InputField.class)
  void writesExactlyOneField(InputField field) {
    ScenarioInputs before = ScenarioInputs.defaults();
    double value = Math.round(field.min() + (field.max() - field.min()) * 0.37);
    if (field.unit() == InputField.Unit.SHARE || field.unit() == InputField.Unit.SCALE) {
      value = 0.37;
    }
    ScenarioInputs after = InputWriter.write(before, field, value);
    assertThat(field.read(after)).isEqualTo(value);
    for (InputField other : InputField.values()) {
      if (other != field) {
        assertThat(other.read(after)).as(other.name()).isEqualTo(other.read(before));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(InputField.class)
  void defaultsAreValid(InputField field) {
    assertThat(field.accepts(field.read(ScenarioInputs.defaults()))).isTrue();
  }
}
