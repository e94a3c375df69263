package se.socialorg.advisor.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The headless commands by name. */
public final class Commands {

  private final Map<String, Command> byName = new LinkedHashMap<>();

  public Commands() {
  }

  public Commands register(String name, Command command) {
    byName.put(name, command);
    return this;
  }

  public Optional<Command> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public Iterable<String> names() {
    return byName.keySet();
  }
}
