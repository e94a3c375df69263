package se.socialorg.advisor.store.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Files called .xls that are text inside: an HTML table (what many web exports save as "Excel")
 * or an Excel 2003 XML spreadsheet (SpreadsheetML). Recognised by their content, never by name,
 * and read with what the JDK has.
 */
final class TextWorkbooks {

  /** Bytes looked at to tell what a text file is. */
  static final int SNIFF_BYTES = 4096;

  /** Most columns one HTML cell may span. */
  static final int MAX_SPAN = 100;

  private static final String SPREADSHEET_NS = "urn:schemas-microsoft-com:office:spreadsheet";
  private static final Pattern TAG =
      Pattern.compile("<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>", Pattern.DOTALL);
  private static final Pattern COLSPAN =
      Pattern.compile("colspan\\s*=\\s*[\"']?(\\d{1,4})", Pattern.CASE_INSENSITIVE);
  private static final Pattern ENTITY = Pattern.compile("&(#[xX][0-9a-fA-F]{1,6}|#\\d{1,7}|[a-zA-Z]{2,8});");
  private static final Pattern CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([\\w-]+)", Pattern.CASE_INSENSITIVE);

  /** What a text file holds, by its first bytes. */
  enum Kind { HTML, SPREADSHEET_XML, OTHER }

  private TextWorkbooks() {}

  static Kind sniff(byte[] head) {
    String s = new String(head, StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "")
        .stripLeading().toLowerCase(Locale.ROOT);
    if (s.startsWith("<?xml") || s.startsWith("<workbook")) {
      return s.contains(SPREADSHEET_NS) || s.contains("progid=\"excel.sheet\"")
          ? Kind.SPREADSHEET_XML : Kind.OTHER;
    }
    if (s.startsWith("<!doctype html") || s.startsWith("<html") || s.startsWith("<table")
        || (s.startsWith("<") && s.contains("<table"))) {
      return Kind.HTML;
    }
    return Kind.OTHER;
  }

  static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(SNIFF_BYTES);
    }
  }

  // ---- HTML ------------------------------------------------------------------------------------

  /** Every table row of the page, in order (as Excel shows such a file); colspans kept. */
  static SheetReader html(Path file) throws SheetException {
    byte[] bytes = readAll(file);
    String text = decode(bytes);
    List<SheetRow> rows = new ArrayList<>();
    List<String> row = null;
    StringBuilder cell = null;
    int span = 1;
    boolean skipping = false;
    int rowNumber = 0;
    int at = 0;
    Matcher m = TAG.matcher(text);
    while (true) {
      boolean found = m.find();
      if (cell != null && !skipping) {
        cell.append(text, at, found ? m.start() : text.length());
      }
      if (!found) {
        break;
      }
      at = m.end();
      if (m.group(2) == null) {
        continue; // a comment
      }
      boolean closing = !m.group(1).isEmpty();
      String tag = m.group(2).toLowerCase(Locale.ROOT);
      switch (tag) {
        case "script", "style" -> skipping = !closing;
        case "tr", "table" -> {
          if (row != null) {
            endCell(row, cell, span);
            rows.add(new SheetRow(rowNumber, row));
          }
          cell = null;
          row = null;
          if (tag.equals("tr") && !closing) {
            row = new ArrayList<>();
            rowNumber++;
          }
        }
        case "td", "th" -> {
          if (row != null) {
            endCell(row, cell, span);
            cell = null;
            if (!closing) {
              cell = new StringBuilder();
              Matcher s = COLSPAN.matcher(m.group(3));
              span = s.find() ? Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(s.group(1)))) : 1;
            }
          }
        }
        case "br", "p", "div" -> {
          if (cell != null) {
            cell.append(' ');
          }
        }
        default -> {
          // formatting (b, span, font...) holds no cells
        }
      }
    }
    if (row != null) {
      endCell(row, cell, span);
      rows.add(new SheetRow(rowNumber, row));
    }
    if (rows.isEmpty()) {
      throw new SheetException("sheet.error.noTable", 0);
    }
    return new ListRows(SheetKind.HTML, file.getFileName().toString(), rows, bytes.length);
  }

  private static void endCell(List<String> row, StringBuilder cell, int span) {
    if (cell == null) {
      return;
    }
    row.add(entities(cell.toString()).replaceAll("\\s+", " ").strip());
    for (int i = 1; i < span; i++) {
      row.add("");
    }
  }

  static String entities(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String r;
      if (e.startsWith("#x") || e.startsWith("#X")) {
        r = codePoint(Integer.parseInt(e.substring(2), 16), m.group());
      } else if (e.startsWith("#")) {
        r = codePoint(Integer.parseInt(e.substring(1)), m.group());
      } else {
        r = switch (e.toLowerCase(Locale.ROOT)) {
          case "amp" -> "&";
          case "lt" -> "<";
          case "gt" -> ">";
          case "quot" -> "\"";
          case "apos" -> "'";
          case "nbsp" -> " ";
          default -> m.group();
        };
      }
      m.appendReplacement(out, Matcher.quoteReplacement(r));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String codePoint(int cp, String original) {
    return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : original;
  }

  /** UTF-8 (with or without byte-order mark), else the charset the page names, else Windows-1252. */
  private static String decode(byte[] bytes) {
    int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
    } catch (CharacterCodingException e) {
      Matcher m = CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES),
          StandardCharsets.ISO_8859_1));
      Charset cs = Charset.forName("windows-1252");
      if (m.find()) {
        try {
          cs = Charset.forName(m.group(1));
        } catch (IllegalArgumentException unknown) {
          // keep Windows-1252
        }
      }
      return new String(bytes, cs);
    }
  }

  // ---- Excel 2003 XML ---------------------------------------------------------------------------

  /**
   * The worksheet named {@code preferredSheet} (any case) or the first one, with {@code ss:Index}
   * gaps and {@code ss:MergeAcross} spans kept in place. DTDs and external entities are refused.
   */
  static SheetReader spreadsheetXml(Path file, String preferredSheet) throws SheetException {
    byte[] bytes = readAll(file);
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    String firstName = null;
    List<SheetRow> first = null;
    XMLStreamReader r = null;
    try {
      r = f.createXMLStreamReader(new java.io.ByteArrayInputStream(bytes));
      String sheet = null;
      List<SheetRow> rows = null;
      List<String> row = null;
      StringBuilder data = null;
      int rowNumber = 0;
      int span = 0;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          switch (r.getLocalName()) {
            case "Worksheet" -> {
              sheet = attr(r, "Name");
              rows = new ArrayList<>();
              rowNumber = 0;
            }
            case "Row" -> {
              String index = attr(r, "Index");
              rowNumber = index == null ? rowNumber + 1 : Integer.parseInt(index.strip());
              row = new ArrayList<>();
            }
            case "Cell" -> {
              if (row != null) {
                String index = attr(r, "Index");
                if (index != null) {
                  int col = Integer.parseInt(index.strip()) - 1;
                  if (col < row.size() || col > 16_384) {
                    throw new SheetException("sheet.error.corrupt", rowNumber, "ss:Index " + index);
                  }
                  while (row.size() < col) {
                    row.add("");
                  }
                }
                String across = attr(r, "MergeAcross");
                span = across == null ? 0 : Math.min(MAX_SPAN, Integer.parseInt(across.strip()));
                data = new StringBuilder();
              }
            }
            default -> {
              // Data and its formatting hold the text, gathered below
            }
          }
        } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
          if (data != null) {
            data.append(r.getText());
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          switch (r.getLocalName()) {
            case "Cell" -> {
              if (row != null && data != null) {
                row.add(data.toString().strip());
                for (int i = 0; i < span; i++) {
                  row.add("");
                }
              }
              data = null;
            }
            case "Row" -> {
              if (rows != null && row != null) {
                rows.add(new SheetRow(rowNumber, row));
              }
              row = null;
            }
            case "Worksheet" -> {
              if (preferredSheet != null && sheet != null
                  && sheet.strip().equalsIgnoreCase(preferredSheet)) {
                return new ListRows(SheetKind.SPREADSHEET_XML, sheet, rows, bytes.length);
              }
              if (first == null) {
                first = rows;
                firstName = sheet;
              }
              rows = null;
            }
            default -> {
              // nothing to close
            }
          }
        }
      }
    } catch (XMLStreamException | NumberFormatException e) {
      throw new SheetException("sheet.error.corrupt", 0, SheetReader.reason(e));
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException e) {
          // read from memory: nothing to release
        }
      }
    }
    if (first == null) {
      throw new SheetException("sheet.error.empty", 1);
    }
    return new ListRows(SheetKind.SPREADSHEET_XML, firstName == null ? "" : firstName, first,
        bytes.length);
  }

  private static String attr(XMLStreamReader r, String name) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      if (r.getAttributeLocalName(i).equals(name)) {
        return r.getAttributeValue(i);
      }
    }
    return null;
  }

  private static byte[] readAll(Path file) throws SheetException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException | OutOfMemoryError e) {
      throw new SheetException("sheet.error.unreadable", 0, SheetReader.reason(e));
    }
  }
}
