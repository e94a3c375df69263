package se.socialorg.advisor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.socialorg.advisor.store.db.Database;

/** The library opens after the first frame, or earlier on first use, exactly once. */
class LibraryTest {

  @TempDir Path dir;

  private final AppExecutor executor = AppExecutor.background();
  private Library library;

  @AfterEach
  void tearDown() {
    if (library != null) {
      library.close();
    }
    executor.shutdown();
  }

  @Test
  void openLaterTouchesNoFileUntilAsked() {
    library = Library.openLater(dir.resolve("library.db"), executor);

    assertThat(dir.resolve("library.db")).doesNotExist();
  }

  @Test
  void startOpeningOpensItOnTheExecutor() throws Exception {
    library = Library.openLater(dir.resolve("library.db"), executor);
    library.startOpening();

    Database db = CompletableFuture.supplyAsync(library::database).get(30, TimeUnit.SECONDS);
    assertThat(db).isNotNull();
    assertThat(dir.resolve("library.db")).exists();
  }

  @Test
  void firstUseOpensItWithoutWaitingForStartOpening() throws Exception {
    library = Library.openLater(dir.resolve("library.db"), executor);

    assertThat(library.figures().datasets()).isNotEmpty();
    assertThat(library.problem()).isEmpty();
  }

  @Test
  void concurrentFirstUsesShareOneDatabase() throws Exception {
    library = Library.openLater(dir.resolve("library.db"), executor);
    List<CompletableFuture<Database>> uses = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      uses.add(CompletableFuture.supplyAsync(library::database));
    }
    library.startOpening();

    Database first = uses.get(0).get(30, TimeUnit.SECONDS);
    for (CompletableFuture<Database> use : uses) {
      assertThat(use.get(30, TimeUnit.SECONDS)).isSameAs(first);
    }
  }
}
