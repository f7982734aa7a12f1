package org.newslens.common.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Long-option command lines ({@code --name value}, {@code --name=value}, {@code --flag}) parsed
 * into a map, so that each job's {@code *Options.parse} stays a pure function. Unknown options and
 * missing values are usage errors.
 */
public final class Args {
  private final Map<String, List<String>> values = new LinkedHashMap<>();
  private final List<String> positional = new ArrayList<>();

  private Args() {}

  /**
   * @param withValue options that take a value
   * @param flags options that take none
   */
  public static Args parse(String[] argv, Set<String> withValue, Set<String> flags)
      throws UsageException {
    Args args = new Args();
    for (int i = 0; i < argv.length; i++) {
      String token = argv[i];
      if (!token.startsWith("--")) {
        args.positional.add(token);
        continue;
      }
      String name = token.substring(2);
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (flags.contains(name)) {
        if (value != null) {
          throw new UsageException("option --" + name + " takes no value");
        }
        args.values.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
      } else if (withValue.contains(name)) {
        if (value == null) {
          if (i + 1 >= argv.length || argv[i + 1].startsWith("--")) {
            throw new UsageException("option --" + name + " needs a value");
          }
          value = argv[++i];
        }
        args.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      } else {
        throw new UsageException("unknown option --" + name + " (see --help)");
      }
    }
    return args;
  }

  /**
   * Refuses an option given twice with different values (the last would win silently), unless it is
   * one of {@code repeatable}.
   */
  public void refuseConflicts(Set<String> repeatable) throws UsageException {
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      if (!repeatable.contains(e.getKey()) && e.getValue().stream().distinct().count() > 1) {
        throw new UsageException(
            "conflicting values for --"
                + e.getKey()
                + ": "
                + String.join(" and ", e.getValue().stream().distinct().toList()));
      }
    }
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** The last value given for {@code name}, or {@code fallback}. */
  public String get(String name, String fallback) {
    List<String> v = values.get(name);
    return v == null ? fallback : v.get(v.size() - 1);
  }

  public String require(String name) throws UsageException {
    String v = get(name, null);
    if (v == null || v.isBlank()) {
      throw new UsageException("missing required option --" + name);
    }
    return v;
  }

  /** Every value of a repeatable option, each also split on commas. */
  public List<String> list(String name) {
    List<String> out = new ArrayList<>();
    for (String v : values.getOrDefault(name, List.of())) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    return out;
  }

  public int getInt(String name, int fallback) throws UsageException {
    String v = get(name, null);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new UsageException("option --" + name + " needs a whole number, got '" + v + "'");
    }
  }

  public double getDouble(String name, double fallback) throws UsageException {
    String v = get(name, null);
    if (v == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      throw new UsageException("option --" + name + " needs a number, got '" + v + "'");
    }
  }

  public List<String> positional() {
    return positional;
  }
}
