package se.socialorg.advisor.store.survey;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes survey CSV files the way different tools export them, for tests. */
final class SurveyCsv {

  static final List<String> ENGLISH_HEADERS =
      List.of("Department", "Role", "Technical expert", "Active on social media",
          "Willingness to share", "Network size", "Posts per month");

  static final List<String> SWEDISH_HEADERS =
      List.of("Avdelning", "Roll", "Teknisk expert", "Aktiv i sociala medier",
          "Villighet att dela", "Nätverksstorlek", "Inlägg per månad");

  static final List<List<String>> ENGLISH_ROWS =
      List.of(
          List.of("Försäljning", "Säljare", "no", "weekly", "4", "250", "2.5"),
          List.of("Utveckling", "Ingenjör", "yes", "yes", "5", "1200", "4"),
          List.of("Marknad", "Kommunikatör", "no", "never", "2", "80", "0"));

  static final List<List<String>> SWEDISH_ROWS =
      List.of(
          List.of("Försäljning", "Säljare", "nej", "varje vecka", "4", "250", "2,5"),
          List.of("Utveckling", "Ingenjör", "ja", "ja", "5", "1 200", "4"),
          List.of("Marknad", "Kommunikatör", "nej", "aldrig", "2", "80", "0"));

  Charset charset = StandardCharsets.UTF_8;
  boolean bom;
  char delimiter = ',';
  boolean blankLines;
  boolean trailingDelimiter;
  boolean lineBreakInRole;
  boolean crlf;
  List<String> headers = ENGLISH_HEADERS;
  List<List<String>> rows = ENGLISH_ROWS;

  SurveyCsv swedish() {
    headers = SWEDISH_HEADERS;
    rows = SWEDISH_ROWS;
    return this;
  }

  String text() throws IOException {
    StringWriter w = new StringWriter();
    CSVFormat f =
        CSVFormat.DEFAULT.builder()
            .setDelimiter(delimiter)
            .setRecordSeparator(crlf ? "\r\n" : "\n")
            .get();
    try (CSVPrinter p = new CSVPrinter(w, f)) {
      print(p, headers);
      for (List<String> row : rows) {
        if (blankLines) {
          p.println();
        }
        List<String> r = new ArrayList<>(row);
        if (lineBreakInRole) {
          r.set(1, r.get(1) + "\nNorr");
        }
        print(p, r);
      }
      if (blankLines) {
        p.println();
        p.println();
      }
    }
    return w.toString();
  }

  private void print(CSVPrinter p, List<String> values) throws IOException {
    List<String> v = new ArrayList<>(values);
    if (trailingDelimiter) {
      v.add("");
    }
    p.printRecord(v);
  }

  Path write(Path file) throws IOException {
    byte[] body = text().getBytes(charset);
    byte[] out = body;
    if (bom) {
      byte[] mark = charset.equals(StandardCharsets.UTF_8)
          ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
          : new byte[] {(byte) 0xFF, (byte) 0xFE};
      out = new byte[mark.length + body.length];
      System.arraycopy(mark, 0, out, 0, mark.length);
      System.arraycopy(body, 0, out, mark.length, body.length);
    }
    Files.write(file, out);
    return file;
  }
}
