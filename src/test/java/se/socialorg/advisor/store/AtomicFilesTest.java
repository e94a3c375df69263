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
}
