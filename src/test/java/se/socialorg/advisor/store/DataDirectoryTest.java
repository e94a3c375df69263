package se.socialorg.advisor.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

  @ParameterizedTest
  @CsvSource({
    "Linux, '', /home/u/.local/share/social-org-advisor",
    "Linux, /xdg, /xdg/social-org-advisor",
    "Mac OS X, '', /home/u/Library/Application Support/SocialOrgAdvisor",
  })
  void followsTheOperatingSystem(String os, String xdg, String expected) {
    Map<String, String> env = xdg.isEmpty() ? Map.of() : Map.of("XDG_DATA_HOME", xdg);
    assertThat(DataDirectory.osDefault(os, env, Path.of("/home/u"))).isEqualTo(Path.of(expected));
  }

  @Test
  void windowsUsesAppData() {
    Path p = DataDirectory.osDefault("Windows 11", Map.of("APPDATA", "/appdata"), Path.of("/home/u"));
    assertThat(p).isEqualTo(Path.of("/appdata/SocialOrgAdvisor"));
  }

  @Test
  void explicitOptionWinsOverProperty() {
    System.setProperty(DataDirectory.PROPERTY, "/from-property");
    try {
      assertThat(DataDirectory.resolve("/explicit").root()).isEqualTo(Path.of("/explicit"));
      assertThat(DataDirectory.resolve(null).root()).isEqualTo(Path.of("/from-property"));
    } finally {
      System.clearProperty(DataDirectory.PROPERTY);
    }
  }
}
