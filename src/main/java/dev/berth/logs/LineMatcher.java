package dev.berth.logs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** What the search looks for: plain text or a regular expression, with or without regard to case. */
final class LineMatcher {
    private final String literal;
    private final boolean ignoreCase;
    private final Pattern pattern;
    /** For plain text without regard to case: each character of the query in lower, upper and folded case. */
    private final char[] lower;
    private final char[] upper;
    private final char[] folded;

    private LineMatcher(String literal, boolean ignoreCase, Pattern pattern) {
        this.literal = literal;
        this.ignoreCase = ignoreCase;
        this.pattern = pattern;
        int length = literal == null ? 0 : literal.length();
        lower = new char[length];
        upper = new char[length];
        folded = new char[length];
        for (int i = 0; i < length; i++) {
            char c = literal.charAt(i);
            lower[i] = Character.toLowerCase(c);
            upper[i] = Character.toUpperCase(c);
            folded[i] = fold(c);
        }
    }

    /** How {@link String#regionMatches(boolean, int, String, int, int)} compares characters ignoring case. */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * @return null for an empty query (no search)
     * @throws PatternSyntaxException for a regular expression that does not compile
     */
    static LineMatcher of(String query, boolean regex, boolean caseSensitive) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        if (!regex) { // plain text: a direct scan is several times faster than a LITERAL pattern
            return new LineMatcher(query, !caseSensitive, null);
        }
        int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return new LineMatcher(null, false, Pattern.compile(query, flags));
    }

    private int indexIn(String text, int from) {
        return ignoreCase ? indexIgnoringCase(text, from) : text.indexOf(literal, from);
    }

    private int indexIgnoringCase(String text, int from) {
        int length = lower.length;
        char firstLower = lower[0];
        char firstUpper = upper[0];
        search:
        for (int at = from, last = text.length() - length; at <= last; at++) {
            char c = text.charAt(at);
            if (c != firstLower && c != firstUpper && (c < 128 || fold(c) != folded[0])) {
                continue;
            }
            for (int k = 1; k < length; k++) {
                char d = text.charAt(at + k);
                if (d != lower[k] && d != upper[k] && (d < 128 || fold(d) != folded[k])) {
                    continue search;
                }
            }
            return at;
        }
        return -1;
    }

    /** Whether the (escape-free) text contains a match. */
    boolean matches(String text) {
        if (literal != null) {
            return indexIn(text, 0) >= 0;
        }
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (matcher.end() > matcher.start()) {
                return true; // an empty match ("x*" everywhere) highlights nothing, so it does not count
            }
        }
        return false;
    }

    /** The matches in {@code text} as [start, end) pairs, at most {@code limit} of them, within the first {@code within} chars. */
    int[] ranges(String text, int limit, int within) {
        int[] found = new int[8];
        int count = 0;
        CharSequence window = within < text.length() ? text.subSequence(0, within) : text;
        if (literal != null) {
            for (int at = indexIn(text, 0); at >= 0 && at + literal.length() <= window.length() && count < limit;
                 at = indexIn(text, at + literal.length())) {
                found = put(found, count++, at, at + literal.length());
            }
        } else {
            Matcher matcher = pattern.matcher(window);
            while (count < limit && matcher.find()) {
                if (matcher.end() > matcher.start()) {
                    found = put(found, count++, matcher.start(), matcher.end());
                }
            }
        }
        int[] exact = new int[count * 2];
        System.arraycopy(found, 0, exact, 0, exact.length);
        return exact;
    }

    private static int[] put(int[] found, int index, int start, int end) {
        if (found.length < index * 2 + 2) {
            int[] bigger = new int[found.length * 2];
            System.arraycopy(found, 0, bigger, 0, found.length);
            found = bigger;
        }
        found[index * 2] = start;
        found[index * 2 + 1] = end;
        return found;
    }
}
