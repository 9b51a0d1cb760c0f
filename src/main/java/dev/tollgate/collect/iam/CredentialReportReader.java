package dev.tollgate.collect.iam;

import dev.tollgate.collect.InputException;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.SnapshotBuilder;
import dev.tollgate.model.Coverage;
import dev.tollgate.model.FactTypes;
import dev.tollgate.model.IamCredential;
import dev.tollgate.model.Tri;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The IAM credential report CSV ({@code aws iam get-credential-report}, Content base64-decoded).
 * Columns are found by header name, so their order may change and extra columns are ignored.
 * {@code N/A}, {@code no_information} and {@code not_supported} become null dates and UNKNOWN flags.
 * The report carries no capture time; the JSON wrapper's GeneratedTime is handled by the caller.
 */
public final class CredentialReportReader {
    public static final String ROOT_USER = "<root_account>";

    /** The columns the fact needs; the others (e.g. last-used region and service) are optional. */
    static final List<String> REQUIRED = List.of("user", "arn", "user_creation_time", "password_enabled",
            "password_last_used", "password_last_changed", "mfa_active",
            "access_key_1_active", "access_key_1_last_rotated", "access_key_1_last_used_date",
            "access_key_2_active", "access_key_2_last_rotated", "access_key_2_last_used_date",
            "cert_1_active", "cert_2_active");

    private static final Set<String> NO_VALUE = Set.of("n/a", "no_information", "not_supported", "");

    /** True when the first line is a credential-report header (in any column order). */
    public static boolean accepts(String text) {
        if (text.startsWith("user,arn,user_creation_time")) {
            return true;
        }
        int nl = text.indexOf('\n');
        String first = (nl < 0 ? text : text.substring(0, nl)).strip();
        if (first.startsWith("{") || first.startsWith("[")) {
            return false;
        }
        Set<String> cols = new LinkedHashSet<>();
        for (String c : first.split(",", -1)) {
            cols.add(c.strip().toLowerCase(Locale.ROOT));
        }
        return cols.contains("user") && cols.contains("arn") && cols.contains("user_creation_time")
                && cols.contains("mfa_active");
    }

    public void read(Path file, String csv, SnapshotBuilder out) throws InputException {
        String source = "credential-report:" + file.getFileName();
        String[] lines = csv.split("\r?\n", -1);
        List<String> header = fields(file, 1, lines[0]);
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            col.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !col.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new InputException(file, 1, -1, "credential report header lacks column"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
        }
        Set<String> accounts = new LinkedHashSet<>();
        int rows = 0;
        for (int ln = 1; ln < lines.length; ln++) {
            int lineNo = ln + 1;
            if (lines[ln].isBlank()) {
                continue;
            }
            List<String> f = fields(file, lineNo, lines[ln]);
            if (f.size() != header.size()) {
                throw new InputException(file, lineNo, -1, "row has " + f.size() + " fields, the header has "
                        + header.size());
            }
            Row row = new Row(file, lineNo, f, col);
            String user = row.text("user");
            String arn = row.text("arn");
            String account = IamEntities.accountOf(arn);
            if (user == null || account == null) {
                throw new InputException(file, lineNo, -1, "row has no user or no IAM ARN (arn " + arn + ")");
            }
            boolean root = ROOT_USER.equals(user);
            out.resource(new IamCredential(arn, account, FactTypes.GLOBAL, user, Map.of(), root,
                    row.date("user_creation_time"), row.tri("password_enabled"), row.date("password_last_used"),
                    row.date("password_last_changed"), row.tri("mfa_active"),
                    row.tri("access_key_1_active"), row.date("access_key_1_last_rotated"),
                    row.date("access_key_1_last_used_date"),
                    row.tri("access_key_2_active"), row.date("access_key_2_last_rotated"),
                    row.date("access_key_2_last_used_date"),
                    row.tri("cert_1_active"), row.tri("cert_2_active")), null);
            accounts.add(account);
            rows++;
        }
        if (rows == 0) {
            throw new InputException(file, 2, -1, "the credential report has no rows (every report has the "
                    + ROOT_USER + " row)");
        }
        for (String a : accounts) {
            out.coverage(Coverage.collected(a, FactTypes.GLOBAL, "AWS::IAM::CredentialReport", source));
        }
    }

    /** Splits one CSV line; double-quoted fields (RFC 4180, "" for a quote) are supported. */
    static List<String> fields(Path file, int lineNo, String line) throws InputException {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"' && cur.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            throw new InputException(file, lineNo, -1, "unterminated quoted field");
        }
        out.add(cur.toString());
        return out;
    }

    private record Row(Path file, int line, List<String> fields, Map<String, Integer> col) {
        String raw(String name) {
            return fields.get(col.get(name)).strip();
        }

        String text(String name) {
            String v = raw(name);
            return v.isEmpty() ? null : v;
        }

        Tri tri(String name) throws InputException {
            String v = raw(name).toLowerCase(Locale.ROOT);
            if (v.equals("true")) {
                return Tri.TRUE;
            }
            if (v.equals("false")) {
                return Tri.FALSE;
            }
            if (NO_VALUE.contains(v)) {
                return Tri.UNKNOWN;
            }
            throw new InputException(file, line, -1, "column " + name + " is \"" + raw(name)
                    + "\", expected true, false, N/A or not_supported");
        }

        Instant date(String name) throws InputException {
            String v = raw(name);
            if (NO_VALUE.contains(v.toLowerCase(Locale.ROOT))) {
                return null;
            }
            Instant at = Json.parseInstant(v);
            if (at == null) {
                throw new InputException(file, line, -1, "column " + name + " is \"" + v
                        + "\", expected an ISO-8601 time, N/A, no_information or not_supported");
            }
            return at;
        }
    }
}
