package se.socialorg.advisor.store.followup;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.socialorg.advisor.store.survey.ImportError;

/**
 * Reads a date column as a whole. ISO dates (2026-03-04) are always year-month-day. Dates with
 * slashes, dots or dashes and the year last are day/month (European) or month/day (US): a value
 * with a first number over 12 proves the file day-first, a second number over 12 month-first;
 * a file proving both is refused. When no value proves either, the order giving the shorter span
 * of days is taken (daily rows lie close together), and on a tie {@code tieOrder}, or an error
 * when that is null.
 */
final class Dates {

  enum Order {
    DAY_FIRST,
    MONTH_FIRST
  }

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
  private static final Pattern OTHER =
      Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4}|\\d{2})(?:[T ,].*)?");

  /** Excel's day numbers (a date cell read as its number): 1954-10-04 to 2119-01-05. */
  private static final Pattern SERIAL = Pattern.compile("\\d{5}(?:\\.\\d+)?");

  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  private Dates() {}

  /** One date cell to read; {@code header} names its column in messages. */
  record Cell(long line, int column, String text, String header) {}

  /** The dates of {@code cells} in the same order; problems go to {@code errors} (null there). */
  static List<LocalDate> read(
      String file, List<Cell> cells, Order tieOrder, List<ImportError> errors) {
    Cell dayFirstProof = null;
    Cell monthFirstProof = null;
    boolean ambiguous = false;
    for (Cell c : cells) {
      Matcher m = OTHER.matcher(c.text());
      if (!ISO.matcher(c.text()).matches() && m.matches()) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        if (a > 12 && b <= 12 && dayFirstProof == null) {
          dayFirstProof = c;
        } else if (b > 12 && a <= 12 && monthFirstProof == null) {
          monthFirstProof = c;
        } else if (a <= 12 && b <= 12 && a != b) {
          ambiguous = true;
        }
      }
    }
    if (dayFirstProof != null && monthFirstProof != null) {
      Cell later = dayFirstProof.line() > monthFirstProof.line() ? dayFirstProof : monthFirstProof;
      Cell earlier = later == dayFirstProof ? monthFirstProof : dayFirstProof;
      errors.add(
          new ImportError(
              file,
              later.line(),
              later.column() + 1,
              "followup.import.mixedDateOrder",
              List.of(later.text(), earlier.text(), earlier.line()),
              later.header()));
      return nulls(cells.size());
    }
    Order order;
    if (dayFirstProof != null) {
      order = Order.DAY_FIRST;
    } else if (monthFirstProof != null) {
      order = Order.MONTH_FIRST;
    } else if (!ambiguous) {
      order = Order.DAY_FIRST;
    } else {
      long dayFirst = span(cells, Order.DAY_FIRST);
      long monthFirst = span(cells, Order.MONTH_FIRST);
      if (dayFirst != monthFirst) {
        order = dayFirst < monthFirst ? Order.DAY_FIRST : Order.MONTH_FIRST;
      } else if (tieOrder != null) {
        order = tieOrder;
      } else {
        Cell first = cells.stream().filter(c -> OTHER.matcher(c.text()).matches()).findFirst().orElseThrow();
        errors.add(
            new ImportError(
                file, first.line(), first.column() + 1, "followup.import.unclearDateOrder", List.of(first.text()), first.header()));
        return nulls(cells.size());
      }
    }
    List<LocalDate> out = new ArrayList<>(cells.size());
    for (Cell c : cells) {
      LocalDate d = parse(c.text(), order);
      if (d == null) {
        errors.add(
            new ImportError(file, c.line(), c.column() + 1, "followup.import.badDate", List.of(c.text()), c.header()));
      }
      out.add(d);
    }
    return out;
  }

  /** The date, or null when the text is not a date in {@code order}. */
  static LocalDate parse(String text, Order order) {
    try {
      if (SERIAL.matcher(text).matches()) {
        double n = Double.parseDouble(text);
        return n >= 20_000 && n < 80_000 ? EXCEL_EPOCH.plusDays((long) Math.floor(n)) : null;
      }
      Matcher iso = ISO.matcher(text);
      if (iso.matches()) {
        return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
      }
      Matcher m = OTHER.matcher(text);
      if (m.matches()) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int y = Integer.parseInt(m.group(3));
        y = m.group(3).length() == 2 ? 2000 + y : y;
        return order == Order.DAY_FIRST ? LocalDate.of(y, b, a) : LocalDate.of(y, a, b);
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static long span(List<Cell> cells, Order order) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (Cell c : cells) {
      LocalDate d = parse(c.text(), order);
      if (d == null) {
        return Long.MAX_VALUE;
      }
      min = Math.min(min, d.toEpochDay());
      max = Math.max(max, d.toEpochDay());
    }
    return max - min;
  }

  private static List<LocalDate> nulls(int n) {
    List<LocalDate> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(null);
    }
    return out;
  }
}
