package dev.tollgate.collect.iam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.InputException;
import dev.tollgate.collect.SnapshotBuilder;
import dev.tollgate.model.FactTypes;
import dev.tollgate.model.PasswordPolicy;
import dev.tollgate.model.Tri;

import java.nio.file.Path;
import java.util.Map;

/**
 * {@code aws iam get-account-password-policy} output. The file names no account: the fact is resolved
 * against the account the other inputs name (or {@code --account}) when the snapshot is built.
 * {@code "PasswordPolicy": null} is read as "the account has no password policy" (present false).
 * {@code MaxPasswordAge} is kept only while {@code ExpirePasswords} is not false.
 */
public final class PasswordPolicyReader {
    public static final String TYPE = "AWS::IAM::AccountPasswordPolicy";

    public static boolean accepts(JsonNode root) {
        return root.isObject() && root.has("PasswordPolicy");
    }

    public void read(Path file, JsonNode root, SnapshotBuilder out) throws InputException {
        JsonNode p = root.get("PasswordPolicy");
        String source = "password-policy:" + file.getFileName();
        if (p == null || p.isNull()) {
            out.accountless(file, TYPE, source, account -> new PasswordPolicy(rootArn(account), account,
                    FactTypes.GLOBAL, "account password policy", Map.of(), false, null, Tri.UNKNOWN, Tri.UNKNOWN,
                    Tri.UNKNOWN, Tri.UNKNOWN, Tri.UNKNOWN, null, null, Tri.UNKNOWN));
            return;
        }
        if (!p.isObject()) {
            throw new InputException(file, "\"PasswordPolicy\" must be an object");
        }
        Integer minLength = integer(file, p, "MinimumPasswordLength");
        Tri symbols = bool(file, p, "RequireSymbols");
        Tri numbers = bool(file, p, "RequireNumbers");
        Tri upper = bool(file, p, "RequireUppercaseCharacters");
        Tri lower = bool(file, p, "RequireLowercaseCharacters");
        Tri change = bool(file, p, "AllowUsersToChangePassword");
        Tri expire = bool(file, p, "ExpirePasswords");
        Integer maxAge = expire == Tri.FALSE ? null : integer(file, p, "MaxPasswordAge");
        Integer reuse = integer(file, p, "PasswordReusePrevention");
        Tri hard = bool(file, p, "HardExpiry");
        out.accountless(file, TYPE, source, account -> new PasswordPolicy(rootArn(account), account,
                FactTypes.GLOBAL, "account password policy", Map.of(), true, minLength, symbols, numbers, upper,
                lower, change, maxAge, reuse, hard));
    }

    static String rootArn(String account) {
        return "arn:aws:iam::" + account + ":root";
    }

    private static Integer integer(Path file, JsonNode p, String field) throws InputException {
        JsonNode v = p.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new InputException(file, "PasswordPolicy." + field + " is " + v + ", expected a whole number");
        }
        return v.intValue();
    }

    private static Tri bool(Path file, JsonNode p, String field) throws InputException {
        JsonNode v = p.get(field);
        if (v == null || v.isNull()) {
            return Tri.UNKNOWN;
        }
        if (!v.isBoolean()) {
            throw new InputException(file, "PasswordPolicy." + field + " is " + v + ", expected true or false");
        }
        return Tri.of(v.booleanValue());
    }
}
