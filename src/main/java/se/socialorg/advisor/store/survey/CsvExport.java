package se.socialorg.advisor.store.survey;

import se.socialorg.advisor.store.AtomicFiles;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes any table to CSV (Commons CSV), UTF-8 with a byte-order mark so spreadsheets show å ä ö.
 * Text cells that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or
 * carriage return) are neutralised with a leading apostrophe; plain numbers are left alone. The
 * file is written to a temporary file and moved into place, so a failed export leaves no
 * half-written file.
 */
public final class CsvExport {

  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

  private final char delimiter;

  /** Comma-separated. */
  public CsvExport() {
    this(',');
  }

  /** With the given delimiter, e.g. {@code ';'} for Swedish Excel. */
  public CsvExport(char delimiter) {
    this.delimiter = delimiter;
  }

  public void write(Path file, List<String> headers, List<? extends List<?>> rows) throws IOException {
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator("\r\n").get();
    AtomicFiles.write(file, out -> {
      Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter p = new CSVPrinter(w, format);
      w.write('\uFEFF');
      p.printRecord(neutralise(headers));
      for (List<?> row : rows) {
        p.printRecord(neutralise(row));
      }
      p.flush();
    });
  }

  /** The cell as written: numbers as they are, dangerous text prefixed with an apostrophe. */
  public static String neutralise(Object cell) {
    if (cell == null) {
      return "";
    }
    String s = cell.toString();
    if (cell instanceof Number || s.isEmpty() || PLAIN_NUMBER.matcher(s).matches()) {
      return s;
    }
    char c = s.charAt(0);
    if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
      return "'" + s;
    }
    return s;
  }

  private static List<String> neutralise(List<?> row) {
    List<String> out = new ArrayList<>(row.size());
    for (Object o : row) {
      out.add(neutralise(o));
    }
    return out;
  }
}
