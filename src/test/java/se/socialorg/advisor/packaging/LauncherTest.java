package se.socialorg.advisor.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.Main;
import se.socialorg.advisor.store.Json;

/**
 * What the packaged launcher relies on, checked without any packaging tool: jpackage's launcher
 * runs {@code java -cp <jars> se.socialorg.advisor.Main ARGS}, so a child JVM started that way
 * from the build's class path must run the headless commands with no display.
 */
class LauncherTest {

  private static final Path SAMPLE = Path.of("assets/scenarios/regional-bank.soa.json");

  /** The app's JVM options, which the packaged launcher and {@code mvn javafx:run} pass. */
  private static final Path JVM_OPTIONS = Path.of("src/main/launcher/jvm.options");

  /** The app's JVM options as a java argument file: the JVM refuses to start on a bad one. */
  private static final String APP_OPTIONS = "@" + JVM_OPTIONS.toAbsolutePath();

  @TempDir Path temp;

  /** Exit code, standard output and standard error of a child JVM running Main. */
  private record Run(int code, String out, String err) {}

  private Run runMain(String... args) throws IOException, InterruptedException {
    return runMain(List.of(APP_OPTIONS), args);
  }

  private Run runMain(List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.awt.headless=true",
        "-Djava.util.prefs.userRoot=" + temp.resolve("prefs")));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Path out = temp.resolve("out.txt");
    Path err = temp.resolve("err.txt");
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(out.toFile())
        .redirectError(err.toFile());
    builder.environment().remove("DISPLAY");
    Process process = builder.start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("Main " + String.join(" ", args) + " did not finish");
    }
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void evaluateRunsHeadlessFromTheClassPath() throws Exception {
    Run run = runMain("evaluate", SAMPLE.toString(), "--json");

    assertThat(run.code()).as("exit code, stderr: %s", run.err()).isZero();
    JsonNode root = Json.mapper().readTree(run.out());
    assertThat(root.path("recommended").asText()).isNotBlank();
    assertThat(root.path("ranking").get(0).path("model").asText())
        .isEqualTo(root.path("recommended").asText());
  }

  @Test
  void reportWritesAPdfWithNoDisplay() throws Exception {
    Path pdf = temp.resolve("board.pdf");

    Run run = runMain("report", SAMPLE.toString(), "--out", pdf.toString(), "--lang", "sv");

    assertThat(run.code()).as("exit code, stderr: %s", run.err()).isZero();
    assertThat(pdf).exists();
    byte[] head = Files.readAllBytes(pdf);
    assertThat(new String(head, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void aMissingScenarioFileIsBadInputNotACrash() throws Exception {
    Run run = runMain("evaluate", temp.resolve("missing.soa.json").toString(), "--json");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isNotBlank().doesNotContain("Exception in thread");
  }

  @Test
  void theWindowPrintsItsStartupTimesAndExitsWhenAsked() throws Exception {
    // The same options as the TestFX tests: JavaFX without a display (Monocle, software).
    Run run = runMain(List.of(APP_OPTIONS, "-Dglass.platform=Monocle",
            "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k"),
        "--startup-time", "--exit-after-paint", "--data-dir", temp.resolve("data").toString());

    assertThat(run.code()).as("exit code, stderr: %s", run.err()).isZero();
    Matcher first = Pattern.compile("(?m)^startup-ms: (\\d+)$").matcher(run.out());
    Matcher menu = Pattern.compile("(?m)^menu-ms: (\\d+)$").matcher(run.out());
    assertThat(first.find()).as("startup-ms line in %s", run.out()).isTrue();
    assertThat(menu.find()).as("menu-ms line in %s", run.out()).isTrue();
    assertThat(Long.parseLong(menu.group(1))).isGreaterThanOrEqualTo(Long.parseLong(first.group(1)));
    assertThat(run.out().indexOf("startup-ms")).isLessThan(run.out().indexOf("menu-ms"));
  }

  @Test
  void theLauncherClassIsNotAJavaFxApplication() {
    // A jpackage launcher or java -jar fails with "JavaFX runtime components are missing" when
    // the main class extends Application and JavaFX is on the class path.
    assertThat(Application.class.isAssignableFrom(Main.class)).isFalse();
  }

  @Test
  void thePomNamesMainAsTheMainClass() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<main\\.class>([^<]+)</main\\.class>").matcher(pom);

    assertThat(m.find()).as("main.class property in pom.xml").isTrue();
    assertThat(m.group(1).trim()).isEqualTo(Main.class.getName());
    assertThat(pom).contains("<mainClass>${main.class}</mainClass>")
        .contains("--main-class ${main.class}");
  }

  @Test
  void theAppsJvmOptionsGoToJavaFxRunAndToThePackagedLauncher() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);

    assertThat(pom)
        .contains("<option>@${project.basedir}/" + JVM_OPTIONS + "</option>")
        .contains("srcFile=\"${project.basedir}/" + JVM_OPTIONS + "\"")
        .contains("<arg value=\"${package.jvmOptions}\"/>");
  }

  @Test
  void theDevelopmentRunsOwnOptionsGoToJavaFxRunOnly() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    String devRun = "src/main/launcher/dev-run.options";

    assertThat(pom).contains("<option>@${project.basedir}/" + devRun + "</option>")
        .doesNotContain("srcFile=\"${project.basedir}/" + devRun + "\"");
    assertThat(pom.indexOf(devRun)).as("after the app's own options")
        .isGreaterThan(pom.indexOf("<option>@${project.basedir}/" + JVM_OPTIONS + "</option>"));
    assertThat(optionsIn(Path.of(devRun))).containsExactly("-XX:TieredStopAtLevel=1");
  }

  @Test
  void thePackagedLauncherReadsTheArchiveWhereTheTrainingRunWritesIt() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    String script = Files.readString(Path.of("src/main/package/cds-train.sh"),
        StandardCharsets.UTF_8);
    String postinst = Files.readString(Path.of("src/main/package/linux/postinst"),
        StandardCharsets.UTF_8);

    // $APPDIR is the image's lib/app; the script's $app is IMAGE/lib/app.
    assertThat(pom).contains("<arg value=\"-XX:SharedArchiveFile=$APPDIR/app.jsa\"/>")
        .contains("src/main/package/cds-train.sh");
    // Written under another name beside it, then moved in place whole.
    assertThat(script).contains("app=\"$image/lib/app\"").contains("archive=\"$app/app.jsa\"")
        .contains("made=\"$app/app.jsa.$$\"").contains("-XX:ArchiveClassesAtExit=\"$made\"")
        .contains("mv -f \"$made\" \"$archive\"");
    assertThat(postinst).contains("lib/app/cds-train.sh /opt/social-org-advisor");
  }

  @Test
  void theAppsJvmOptionsAreOnePerLineWithComments() throws IOException {
    List<String> options = optionsIn(JVM_OPTIONS);

    // The packaged launcher gets them joined by spaces: none may contain one.
    assertThat(options).isNotEmpty().allSatisfy(option ->
        assertThat(option).startsWith("-").doesNotContain(" ", "#"));
  }

  /** The options of a java @argument file: one per line, '#' lines are comments. */
  private static List<String> optionsIn(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }
}
