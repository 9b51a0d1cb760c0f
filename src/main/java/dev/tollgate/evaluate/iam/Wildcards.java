package dev.tollgate.evaluate.iam;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * IAM wildcard matching: {@code *} matches any run of characters (including none and across ':' and '/'),
 * {@code ?} exactly one. Actions match case-insensitively; resource ARNs case-sensitively, as IAM does.
 */
public final class Wildcards {
    private static final Map<String, Pattern> ACTIONS = new ConcurrentHashMap<>();
    private static final Map<String, Pattern> RESOURCES = new ConcurrentHashMap<>();

    private Wildcards() {
    }

    public static boolean actionMatches(String pattern, String action) {
        if (pattern.equals("*")) {
            return true;
        }
        if (pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0) {
            return pattern.equalsIgnoreCase(action);
        }
        return ACTIONS.computeIfAbsent(pattern, p -> compile(p, true)).matcher(action).matches();
    }

    public static boolean resourceMatches(String pattern, String arn) {
        if (pattern.equals("*")) {
            return true;
        }
        if (pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0) {
            return pattern.equals(arn);
        }
        return RESOURCES.computeIfAbsent(pattern, p -> compile(p, false)).matcher(arn).matches();
    }

    /** True when the text has a wildcard character. */
    public static boolean wild(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0;
    }

    static Pattern compile(String glob, boolean ignoreCase) {
        StringBuilder re = new StringBuilder();
        StringBuilder lit = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*' || c == '?') {
                if (lit.length() > 0) {
                    re.append(Pattern.quote(lit.toString()));
                    lit.setLength(0);
                }
                re.append(c == '*' ? ".*" : ".");
            } else {
                lit.append(c);
            }
        }
        if (lit.length() > 0) {
            re.append(Pattern.quote(lit.toString()));
        }
        return Pattern.compile(re.toString(), (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0)
                | Pattern.DOTALL);
    }
}
