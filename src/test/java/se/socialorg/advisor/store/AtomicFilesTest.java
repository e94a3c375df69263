package se.socialorg.advisor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path dir;

  @Test
  void replacesTheWholeFile() throws IOException {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "old and longer");
    AtomicFiles.write(f, "new".getBytes());
    assertThat(Files.readString(f)).isEqualTo("new");
  }

  @Test
  void aFailingWriterLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "old");
    assertThatThrownBy(() -> AtomicFiles.write(f, out -> {
      out.write("half".getBytes());
      throw new IOException("disk full");
    })).hasMessageContaining("disk full");
    assertThat(Files.readString(f)).isEqualTo("old");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(f);
    }
  }

  @Test
  void newFilesAreReadableByOthersLikeAnyDocument() throws IOException {
    Path f = dir.resolve("report.pdf");
    AtomicFiles.write(f, new byte[] {1});
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r--r--");
  }

  @Test
  void aMissingFolderIsAnError() {
    assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("no/such/a.txt"), new byte[] {1}))
        .isInstanceOf(IOException.class);
  }

  /** Review D7: the link was replaced by a plain file and the shared file kept the old text. */
  @Test
  void savingThroughASymbolicLinkWritesItsTargetAndKeepsTheLink() throws IOException {
    Path shared = Files.createDirectories(dir.resolve("shared")).resolve("real.soa.json");
    Files.writeString(shared, "old");
    Path link = Files.createSymbolicLink(
        Files.createDirectories(dir.resolve("docs")).resolve("link.soa.json"),
        Path.of("..", "shared", "real.soa.json"));

    AtomicFiles.write(link, "new".getBytes());

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(shared)).isEqualTo("new");
  }

  /** Review D5: {@code --out /dev/null} turned the device into a plain file. */
  @Test
  void aTargetThatIsNotARegularFileIsNeverReplaced() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("folder.pdf"));

    assertThatThrownBy(() -> AtomicFiles.write(folder, "x".getBytes()))
        .isInstanceOf(AtomicFiles.NotRegularFileException.class);
    assertThat(folder).isDirectory();
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(folder);
    }
  }

  /** Review D10: 45 orphaned temporary files after 450 kills, never removed. */
  @Test
  void temporaryFilesLeftByAnEarlierProcessAreRemovedAndOthersKept() throws IOException {
    Path f = dir.resolve("case.soa.json");
    Path stale = Files.writeString(dir.resolve(".case.soa.json.4711.tmp"), "left by a crash");
    Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(0));
    Path fresh = Files.writeString(dir.resolve(".case.soa.json.4712.tmp"), "being written now");
    Path other = Files.writeString(dir.resolve(".notes.txt.4711.tmp.bak"), "not ours");
    Files.setLastModifiedTime(other, java.nio.file.attribute.FileTime.fromMillis(0));

    AtomicFiles.write(f, "new".getBytes());

    assertThat(stale).doesNotExist();
    assertThat(fresh).exists();
    assertThat(other).exists();
  }
}
