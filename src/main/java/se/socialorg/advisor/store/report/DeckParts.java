package se.socialorg.advisor.store.report;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The package parts of a deck around its slides: content types, relationships, document
 * properties and the presentation part (ECMA-376 part 1, 13 and 19.2).
 */
final class DeckParts {

  static final String NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
  static final String NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main";
  private static final String NS_PKG_RELS =
      "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String NS_CP =
      "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
  private static final String NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types";

  /** Slide size, 16:9 (13.333 x 7.5 inches), in EMU. */
  static final long SLIDE_WIDTH = 12_192_000L;

  static final long SLIDE_HEIGHT = 6_858_000L;

  private DeckParts() {}

  /** Writes one XML part; {@code body} writes its elements. */
  interface Body {
    void write(Xml x) throws XMLStreamException;
  }

  /** An XML part being written: a thin layer over {@link XMLStreamWriter}. */
  static final class Xml {
    private final XMLStreamWriter w;

    Xml(XMLStreamWriter w) {
      this.w = w;
    }

    /** Starts an element; {@code name} may carry a prefix ("a:p"). */
    Xml open(String name, String... attributes) throws XMLStreamException {
      int colon = name.indexOf(':');
      if (colon < 0) {
        w.writeStartElement(name);
      } else {
        String prefix = name.substring(0, colon);
        w.writeStartElement(prefix, name.substring(colon + 1), uri(prefix));
      }
      attributes(attributes);
      return this;
    }

    /** An element without content. */
    Xml empty(String name, String... attributes) throws XMLStreamException {
      int colon = name.indexOf(':');
      if (colon < 0) {
        w.writeEmptyElement(name);
      } else {
        String prefix = name.substring(0, colon);
        w.writeEmptyElement(prefix, name.substring(colon + 1), uri(prefix));
      }
      attributes(attributes);
      return this;
    }

    Xml close() throws XMLStreamException {
      w.writeEndElement();
      return this;
    }

    Xml text(String s) throws XMLStreamException {
      w.writeCharacters(clean(s));
      return this;
    }

    Xml namespace(String prefix, String uri) throws XMLStreamException {
      if (prefix.isEmpty()) {
        w.writeDefaultNamespace(uri);
      } else {
        w.writeNamespace(prefix, uri);
      }
      return this;
    }

    private void attributes(String... pairs) throws XMLStreamException {
      for (int i = 0; i + 1 < pairs.length; i += 2) {
        String name = pairs[i];
        int colon = name.indexOf(':');
        if (colon < 0) {
          w.writeAttribute(name, clean(pairs[i + 1]));
        } else {
          String prefix = name.substring(0, colon);
          w.writeAttribute(prefix, uri(prefix), name.substring(colon + 1), clean(pairs[i + 1]));
        }
      }
    }

    private static String uri(String prefix) {
      return switch (prefix) {
        case "a" -> NS_A;
        case "r" -> NS_R;
        case "p" -> NS_P;
        case "cp" -> NS_CP;
        case "dc" -> "http://purl.org/dc/elements/1.1/";
        case "dcterms" -> "http://purl.org/dc/terms/";
        case "xsi" -> "http://www.w3.org/2001/XMLSchema-instance";
        default -> throw new IllegalArgumentException("Unknown prefix " + prefix);
      };
    }
  }

  static byte[] part(Body body) throws XMLStreamException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
    w.writeStartDocument("UTF-8", "1.0");
    body.write(new Xml(w));
    w.writeEndDocument();
    w.close();
    return bytes.toByteArray();
  }

  /**
   * {@code s} with what XML 1.0 cannot hold left out (control characters, unpaired surrogates,
   * U+FFFE and U+FFFF) and tabs as spaces: a stray character from a scenario never breaks the file.
   */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else if (c == '\t') {
        out.append(' ');
      } else if (c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800)
          || (c >= 0xE000 && c <= 0xFFFD)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  static byte[] contentTypes(int slides, String presentation, String slide)
      throws XMLStreamException {
    String ooxml = "application/vnd.openxmlformats-officedocument.";
    return part(x -> {
      x.open("Types").namespace("", NS_CT);
      x.empty("Default", "Extension", "rels",
          "ContentType", "application/vnd.openxmlformats-package.relationships+xml");
      x.empty("Default", "Extension", "xml", "ContentType", "application/xml");
      x.empty("Default", "Extension", "png", "ContentType", "image/png");
      x.empty("Override", "PartName", "/ppt/presentation.xml", "ContentType", presentation);
      x.empty("Override", "PartName", "/ppt/slideMasters/slideMaster1.xml",
          "ContentType", ooxml + "presentationml.slideMaster+xml");
      x.empty("Override", "PartName", "/ppt/slideLayouts/slideLayout1.xml",
          "ContentType", ooxml + "presentationml.slideLayout+xml");
      x.empty("Override", "PartName", "/ppt/theme/theme1.xml",
          "ContentType", ooxml + "theme+xml");
      x.empty("Override", "PartName", "/ppt/presProps.xml",
          "ContentType", ooxml + "presentationml.presProps+xml");
      x.empty("Override", "PartName", "/ppt/viewProps.xml",
          "ContentType", ooxml + "presentationml.viewProps+xml");
      x.empty("Override", "PartName", "/ppt/tableStyles.xml",
          "ContentType", ooxml + "presentationml.tableStyles+xml");
      for (int i = 1; i <= slides; i++) {
        x.empty("Override", "PartName", "/ppt/slides/slide" + i + ".xml", "ContentType", slide);
      }
      x.empty("Override", "PartName", "/docProps/core.xml",
          "ContentType", "application/vnd.openxmlformats-package.core-properties+xml");
      x.empty("Override", "PartName", "/docProps/app.xml",
          "ContentType", ooxml + "extended-properties+xml");
      x.close();
    });
  }

  static byte[] rootRels() throws XMLStreamException {
    String officeDoc = NS_R + "/officeDocument";
    return rels(List.of(
        new String[] {officeDoc, "ppt/presentation.xml"},
        new String[] {"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
            + "core-properties", "docProps/core.xml"},
        new String[] {NS_R + "/extended-properties", "docProps/app.xml"}));
  }

  /** A relationships part; the relationships are numbered rId1, rId2… in order. */
  static byte[] rels(List<String[]> typeAndTarget) throws XMLStreamException {
    return part(x -> {
      x.open("Relationships").namespace("", NS_PKG_RELS);
      int id = 1;
      for (String[] r : typeAndTarget) {
        x.empty("Relationship", "Id", "rId" + id++, "Type", r[0], "Target", r[1]);
      }
      x.close();
    });
  }

  /** The presentation's relationships: master rId1, theme rId2, properties, then the slides. */
  static byte[] presentationRels(int slides) throws XMLStreamException {
    String t = NS_R + "/";
    List<String[]> rels = new java.util.ArrayList<>(List.of(
        new String[] {t + "slideMaster", "slideMasters/slideMaster1.xml"},
        new String[] {t + "theme", "theme/theme1.xml"},
        new String[] {t + "presProps", "presProps.xml"},
        new String[] {t + "viewProps", "viewProps.xml"},
        new String[] {t + "tableStyles", "tableStyles.xml"}));
    for (int i = 1; i <= slides; i++) {
      rels.add(new String[] {t + "slide", "slides/slide" + i + ".xml"});
    }
    return rels(rels);
  }

  /** The relationship id of slide {@code i} (1-based) in {@link #presentationRels}. */
  static String slideRelId(int i) {
    return "rId" + (5 + i);
  }

  static byte[] presentation(int slides) throws XMLStreamException {
    return part(x -> {
      x.open("p:presentation").namespace("a", NS_A).namespace("r", NS_R).namespace("p", NS_P);
      x.open("p:sldMasterIdLst").empty("p:sldMasterId", "id", "2147483648", "r:id", "rId1").close();
      x.open("p:sldIdLst");
      for (int i = 1; i <= slides; i++) {
        x.empty("p:sldId", "id", Integer.toString(255 + i), "r:id", slideRelId(i));
      }
      x.close();
      x.empty("p:sldSz", "cx", Long.toString(SLIDE_WIDTH), "cy", Long.toString(SLIDE_HEIGHT));
      x.empty("p:notesSz", "cx", "6858000", "cy", "9144000");
      x.close();
    });
  }

  static byte[] core(Deck deck, Instant now) throws XMLStreamException {
    return part(x -> {
      x.open("cp:coreProperties")
          .namespace("cp", NS_CP)
          .namespace("dc", "http://purl.org/dc/elements/1.1/")
          .namespace("dcterms", "http://purl.org/dc/terms/")
          .namespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
      x.open("dc:title").text(deck.title()).close();
      if (!deck.subtitle().isEmpty()) {
        x.open("dc:subject").text(deck.subtitle().get(0)).close();
      }
      x.open("dc:creator").text("Social Org Advisor").close();
      x.open("dc:language").text(languageTag(deck.language())).close();
      x.open("dcterms:created", "xsi:type", "dcterms:W3CDTF").text(now.toString()).close();
      x.open("dcterms:modified", "xsi:type", "dcterms:W3CDTF").text(now.toString()).close();
      x.close();
    });
  }

  static byte[] app(int slides) throws XMLStreamException {
    return part(x -> {
      x.open("Properties").namespace("",
          "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
      x.open("Application").text("Social Org Advisor").close();
      x.open("Slides").text(Integer.toString(slides)).close();
      x.open("PresentationFormat").text("On-screen Show (16:9)").close();
      x.close();
    });
  }

  static String languageTag(String language) {
    return "sv".equals(language) ? "sv-SE" : "en-GB";
  }
}
