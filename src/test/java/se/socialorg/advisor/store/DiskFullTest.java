package se.socialorg.advisor.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A full disk is named as such (review D8: "could not be opened. See the log"). */
class DiskFullTest {

  @Test
  void theFileSystemsAndSqlitesFullDiskAreRecognised() {
    assertThat(DiskFull.is(new IOException("No space left on device"))).isTrue();
    assertThat(DiskFull.is(new RuntimeException(new SQLException("[SQLITE_FULL]", null, 13)))).isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(DiskFull.is(new IOException("Permission denied"))).isFalse();
    assertThat(DiskFull.is(new SQLException("[SQLITE_BUSY]", null, 5))).isFalse();
  }
}
