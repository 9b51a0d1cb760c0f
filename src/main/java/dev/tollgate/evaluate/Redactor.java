package dev.tollgate.evaluate;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keeps secret values out of findings. A value is withheld when its key names a secret
 * (password, secret, token, key, credential, ...) or when the value itself looks like one
 * (AWS access keys, private keys, common API-key prefixes, long high-entropy strings).
 */
public final class Redactor {
    public static final String REDACTED = "[redacted]";
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(pass(word|wd)?|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|credential|auth|dsn|"
                    + "signing|encryption[_-]?key|conn(ection)?[_-]?str).*");
    private static final List<Pattern> SECRET_VALUES = List.of(
            Pattern.compile("(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[A-Z0-9]{16}"),
            Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----"),
            Pattern.compile("\\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{8,}"),
            Pattern.compile("\\bxox[abpors]-[A-Za-z0-9-]{10,}"),
            Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{20,}"),
            Pattern.compile("(?i)\\b[a-z][a-z0-9+.-]*://[^/\\s:@]+:[^/\\s@]+@"),
            // 40-character secret access keys: mixed case with digits (so long action names are not taken)
            Pattern.compile("(?<![A-Za-z0-9/+=])(?=[A-Za-z0-9/+=]{0,39}[0-9])(?=[A-Za-z0-9/+=]{0,39}[a-z])"
                    + "(?=[A-Za-z0-9/+=]{0,39}[A-Z])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])"));

    /** True when {@code name} (an evidence key, variable name) suggests its value is secret. */
    public boolean secretName(String name) {
        return name != null && SECRET_NAME.matcher(name).matches();
    }

    /** True when {@code value} itself looks like a credential. */
    public boolean secretValue(String value) {
        return value != null && SECRET_VALUES.stream().anyMatch(p -> p.matcher(value).find());
    }

    /** The value to show for {@code key}: {@link #REDACTED} when either the key or the value is secret. */
    public String evidence(String key, String value) {
        if (value == null) {
            return null;
        }
        return secretName(key) && !key.toLowerCase(Locale.ROOT).endsWith("name") || secretValue(value)
                ? REDACTED : value;
    }

    /** Free text (messages) with secret-looking values cut out. */
    public String text(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (Pattern p : SECRET_VALUES) {
            out = p.matcher(out).replaceAll(REDACTED);
        }
        return out;
    }
}
