package se.socialorg.advisor.store.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvExportTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "=SUM(A1:A2)|'=SUM(A1:A2)",
        "+46 8 123|'+46 8 123",
        "-2+3|'-2+3",
        "@cmd|'@cmd",
        "Sverige|Sverige",
        "-42|-42",
        "3,5|3,5",
        "a=b|a=b"
      })
  void formulaCellsAreNeutralised(String cell, String written) {
    assertThat(CsvExport.neutralise(cell)).isEqualTo(written);
  }

  @Test
  void tabAndCarriageReturnStartsAreNeutralised() {
    assertThat(CsvExport.neutralise("\t=1")).isEqualTo("'\t=1");
    assertThat(CsvExport.neutralise("\r=1")).isEqualTo("'\r=1");
  }

  @Test
  void numbersAreWrittenAsNumbers() {
    assertThat(CsvExport.neutralise(-3.5)).isEqualTo("-3.5");
    assertThat(CsvExport.neutralise(null)).isEmpty();
  }

  @Test
  void writesAReadableFileWithBomAndSwedishLetters() throws Exception {
    Path file = dir.resolve("out.csv");
    new CsvExport(';')
        .write(file, List.of("Land", "Värde"), List.of(List.of("Sverige", 54), List.of("=HYPERLINK(1)", -1)));
    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      r.read();
      List<CSVRecord> recs =
          CSVParser.parse(r, CSVFormat.DEFAULT.builder().setDelimiter(';').get()).getRecords();
      assertThat(recs.get(0).toList()).containsExactly("Land", "Värde");
      assertThat(recs.get(1).toList()).containsExactly("Sverige", "54");
      assertThat(recs.get(2).toList()).containsExactly("'=HYPERLINK(1)", "-1");
    }
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void replacesAnExistingFile() throws Exception {
    Path file = Files.writeString(dir.resolve("out.csv"), "old");
    new CsvExport().write(file, List.of("a"), List.of());
    assertThat(Files.readString(file)).doesNotContain("old").contains("a");
  }
}
