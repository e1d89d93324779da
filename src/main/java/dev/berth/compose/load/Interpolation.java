package dev.berth.compose.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Compose's variable substitution: {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}}, {@code ${VAR-default}},
 * {@code ${VAR:?message}}, {@code ${VAR?message}}, {@code ${VAR:+replacement}}, {@code ${VAR+replacement}} with
 * substitutions nested in defaults, and {@code $$} for a literal {@code $}. A {@code $} before anything else stays as
 * written, as docker compose v2 leaves it.
 */
final class Interpolation {
    private static final String[] OPERATORS = {":-", ":?", ":+", "-", "?", "+"};

    private final Function<String, String> lookup;

    /** @param lookup the variable's value, or null when it is not set */
    Interpolation(Function<String, String> lookup) {
        this.lookup = lookup;
    }

    /** Why a string cannot be substituted, as a sentence. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    /**
     * The node with every string value substituted (keys stay as written). A value that cannot be substituted is
     * recorded as a problem at its place and left as written; each unset variable becomes a warning.
     */
    YamlNode interpolate(YamlNode node, String path, Problems problems) {
        if (node instanceof YamlScalar scalar) {
            if (scalar.type() != YamlScalar.Type.STRING) {
                return scalar;
            }
            try {
                return scalar.withText(substitute(scalar.text(), name -> problems.warn(scalar.place(), path,
                        "The variable " + name + " is not set, so it is replaced by an empty string.")));
            } catch (Failure failure) {
                problems.error(scalar.place(), path, failure.getMessage());
                return scalar;
            }
        }
        if (node instanceof YamlList list) {
            List<YamlNode> items = new ArrayList<>();
            for (YamlNode item : list.items()) {
                items.add(interpolate(item, KeyPaths.item(path, items.size()), problems));
            }
            return list.withItems(items);
        }
        YamlMap map = (YamlMap) node;
        Map<String, YamlMap.Entry> entries = new LinkedHashMap<>();
        for (YamlMap.Entry entry : map.entries().values()) {
            entries.put(entry.key(), entry.withValue(
                    interpolate(entry.value(), KeyPaths.child(path, entry.key()), problems)));
        }
        return map.withEntries(entries);
    }

    /** The template with its substitutions made; {@code unset} is told each unset variable used without default. */
    String substitute(String template, Consumer<String> unset) throws Failure {
        if (template.indexOf('$') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length());
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            char next = i + 1 < template.length() ? template.charAt(i + 1) : 0;
            if (c != '$' || next == 0) {
                out.append(c);
                i++;
            } else if (next == '$') {
                out.append('$');
                i += 2;
            } else if (next == '{') {
                i = braced(template, i, out, unset);
            } else if (isNameStart(next)) {
                int end = nameEnd(template, i + 1);
                out.append(valueOrEmpty(template.substring(i + 1, end), unset));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Substitutes the {@code ${…}} starting at {@code start}; returns the index after its closing brace. */
    private int braced(String template, int start, StringBuilder out, Consumer<String> unset) throws Failure {
        int nameStart = start + 2;
        int nameEnd = nameStart < template.length() && isNameStart(template.charAt(nameStart))
                ? nameEnd(template, nameStart) : nameStart;
        String name = template.substring(nameStart, nameEnd);
        int close = closingBrace(template, nameEnd);
        if (name.isEmpty() || close < 0) {
            throw new Failure("\"" + template + "\" has a ${ without a variable name or a closing }; write "
                    + "${NAME}, or $$ for a literal $.");
        }
        String rest = template.substring(nameEnd, close);
        String operator = operator(rest);
        if (operator == null) {
            throw new Failure("\"" + template + "\" has ${" + name + rest + "}, which is not a substitution compose "
                    + "knows; use ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?message}, ${NAME?message}, "
                    + "${NAME:+value} or ${NAME+value}.");
        }
        String argument = rest.substring(operator.length());
        String value = lookup.apply(name);
        boolean set = value != null;
        boolean nonEmpty = set && !value.isEmpty();
        out.append(switch (operator) {
            case "" -> valueOrEmpty(name, unset);
            case ":-" -> nonEmpty ? value : substitute(argument, unset);
            case "-" -> set ? value : substitute(argument, unset);
            case ":+" -> nonEmpty ? substitute(argument, unset) : "";
            case "+" -> set ? substitute(argument, unset) : "";
            case ":?" -> required(name, value, nonEmpty, argument, unset);
            default -> required(name, value, set, argument, unset);
        });
        return close + 1;
    }

    private String required(String name, String value, boolean present, String message, Consumer<String> unset)
            throws Failure {
        if (present) {
            return value;
        }
        String reason = substitute(message, unset);
        throw new Failure("The required variable " + name + " is missing a value"
                + (reason.isEmpty() ? "." : ": " + reason));
    }

    private String valueOrEmpty(String name, Consumer<String> unset) {
        String value = lookup.apply(name);
        if (value == null) {
            unset.accept(name);
            return "";
        }
        return value;
    }

    private static String operator(String rest) {
        for (String operator : OPERATORS) {
            if (rest.startsWith(operator)) {
                return operator;
            }
        }
        return rest.isEmpty() ? "" : null;
    }

    /** The index of the brace closing a {@code ${}, counting the ones nested defaults open; -1 when missing. */
    private static int closingBrace(String template, int from) {
        int depth = 1;
        for (int i = from; i < template.length(); i++) {
            char c = template.charAt(i);
            char next = i + 1 < template.length() ? template.charAt(i + 1) : 0;
            if (c == '$' && (next == '$' || next == '{')) {
                depth += next == '{' ? 1 : 0;
                i++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isNameStart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int nameEnd(String template, int from) {
        int i = from;
        while (i < template.length() && (isNameStart(template.charAt(i))
                || (template.charAt(i) >= '0' && template.charAt(i) <= '9'))) {
            i++;
        }
        return i;
    }
}
