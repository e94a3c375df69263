package se.socialorg.advisor.store.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds the line and column of a field path in the original bytes of a file. */
final class Locator {

  private final JsonFactory factory;

  Locator(JsonFactory factory) {
    this.factory = factory;
  }

  /**
   * The location of the field at {@code dottedPath} (e.g. {@code scenario.goals.judgements[0].ratio}),
   * or of its nearest enclosing field that exists; null when nothing is found.
   */
  JsonLocation locate(byte[] content, String dottedPath) {
    List<String> candidates = new ArrayList<>();
    String p = toPointer(dottedPath);
    while (true) {
      candidates.add(p);
      if (p.isEmpty()) {
        break;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
    Map<String, JsonLocation> found = new HashMap<>();
    try (JsonParser parser = factory.createParser(content)) {
      JsonToken t;
      while ((t = parser.nextToken()) != null) {
        JsonPointer here = parser.getParsingContext().pathAsPointer();
        String key = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY
            ? parser.getParsingContext().getParent() == null ? "" : parentPointer(parser)
            : here.toString();
        if (candidates.contains(key)) {
          found.putIfAbsent(key, parser.currentTokenLocation());
        }
      }
    } catch (IOException | RuntimeException e) {
      // Best effort: whatever was found before the damage is still useful.
    }
    for (String c : candidates) {
      if (found.containsKey(c)) {
        return found.get(c);
      }
    }
    return null;
  }

  private static String parentPointer(JsonParser parser) {
    // After START_OBJECT/START_ARRAY the context is the new container; its parent names it.
    return parser.getParsingContext().getParent().pathAsPointer().toString();
  }

  static String toPointer(String dottedPath) {
    if (dottedPath == null || dottedPath.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (String part : dottedPath.split("\\.")) {
      int bracket = part.indexOf('[');
      String name = bracket < 0 ? part : part.substring(0, bracket);
      sb.append('/').append(name.replace("~", "~0").replace("/", "~1"));
      while (bracket >= 0) {
        int end = part.indexOf(']', bracket);
        if (end < 0) {
          break;
        }
        sb.append('/').append(part, bracket + 1, end);
        bracket = part.indexOf('[', end);
      }
    }
    return sb.toString();
  }
}
