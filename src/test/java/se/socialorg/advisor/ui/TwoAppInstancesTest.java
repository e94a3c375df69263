package se.socialorg.advisor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.i18n.I18n;

/**
 * Two real copies of the app (child JVMs running the window headless on Monocle, see {@link
 * AppInstance}) on one data folder (issue 14, docs/decisions/0010-autosave-per-instance.md): the
 * second is not offered the first's live work and quitting it leaves the first's autosave; once
 * the first is killed, the next start offers its work for recovery.
 */
@Tag("kill")
class TwoAppInstancesTest {

  private static final String WORK = "unsaved work of the first copy";

  @TempDir Path temp;

  @Test
  void aSecondRealCopyNeitherOffersNorDeletesTheFirstCopysLiveWork() throws Exception {
    Path data = temp.resolve("data");
    Path autosave = data.resolve("autosave");
    String recoverTitle = I18n.forLanguage("en").t("file.recover.title");

    Instance first = Instance.start(temp, data, "first");
    Path firstsAutosave;
    try {
      // One edit is enough: the first edit of a clean scenario starts the autosave timer.
      first.send("edit " + WORK);
      firstsAutosave = first.awaitOwnAutosave(autosave);
      assertThat(firstsAutosave).exists();

      Instance second = Instance.start(temp, data, "second");
      try {
        assertThat(second.dialogs()).as("windows besides the main one").isEqualTo("dialogs=[]");
        second.send("quit");
        assertThat(second.process.waitFor(60, TimeUnit.SECONDS)).as("second copy quits").isTrue();
        assertThat(second.process.exitValue()).isZero();
      } finally {
        second.process.destroyForcibly();
      }
      assertThat(firstsAutosave).as("the first copy's autosave after the second quit").exists();
      assertThat(Files.readString(firstsAutosave, StandardCharsets.UTF_8)).contains(WORK);
    } finally {
      first.process.destroyForcibly(); // SIGKILL: no clean quit, no cleanup
      assertThat(first.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    Instance third = Instance.start(temp, data, "third");
    try {
      assertThat(third.dialogs()).isEqualTo("dialogs=[" + recoverTitle + "]");
      Path taken = third.ownAutosave(autosave).orElseThrow();
      assertThat(Files.readString(taken, StandardCharsets.UTF_8)).contains(WORK);
      assertThat(firstsAutosave).doesNotExist();
    } finally {
      third.process.destroyForcibly();
      third.process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** One running copy of the app, its standard output read line by line. */
  private static final class Instance {
    final Process process;
    final BufferedReader out;
    final Writer in;

    private Instance(Process process) {
      this.process = process;
      this.out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    }

    /** Starts the window on {@code data} and waits until its start-up (and recovery check) began. */
    static Instance start(Path temp, Path data, String name) throws IOException {
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "@" + Path.of("src/main/launcher/jvm.options").toAbsolutePath(),
          "-Djava.awt.headless=true",
          "-Djava.util.prefs.userRoot=" + temp.resolve("prefs"),
          "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
          "-Dprism.order=sw", "-Dprism.text=t2k",
          "-cp", System.getProperty("java.class.path"), AppInstance.class.getName(),
          "--startup-time", "--data-dir", data.toString()));
      ProcessBuilder builder = new ProcessBuilder(command)
          .redirectError(temp.resolve(name + ".err.txt").toFile());
      builder.environment().remove("DISPLAY");
      Instance instance = new Instance(builder.start());
      // The app prints menu-ms right after it asked its autosave store for work to recover.
      instance.readUntil("menu-ms: ");
      return instance;
    }

    void send(String line) throws IOException {
      in.write(line + "\n");
      in.flush();
    }

    String dialogs() throws IOException {
      send("dialogs");
      return readUntil("dialogs=");
    }

    private String readUntil(String prefix) throws IOException {
      List<String> seen = new ArrayList<>();
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(prefix)) {
          return line;
        }
        seen.add(line);
      }
      throw new AssertionError("No '" + prefix + "' line; output " + seen + ", exit "
          + (process.isAlive() ? "none" : process.exitValue()));
    }

    Optional<Path> ownAutosave(Path folder) throws IOException {
      if (!Files.isDirectory(folder)) {
        return Optional.empty();
      }
      String own = "working-scenario." + process.pid() + "-";
      try (Stream<Path> files = Files.list(folder)) {
        return files.filter(f -> f.getFileName().toString().startsWith(own)
            && f.getFileName().toString().endsWith(".autosave.json")).findFirst();
      }
    }

    /** Waits (at most a minute) for the app's autosave timer to write this copy's file. */
    Path awaitOwnAutosave(Path folder) throws IOException, InterruptedException {
      long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
      while (System.nanoTime() < end && process.isAlive()) {
        Optional<Path> f = ownAutosave(folder);
        if (f.isPresent()) {
          return f.get();
        }
        Thread.sleep(100);
      }
      throw new AssertionError("No autosave of process " + process.pid() + " in " + folder);
    }
  }
}
