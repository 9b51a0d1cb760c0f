package dev.tollgate.collect.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.InputException;
import dev.tollgate.collect.SnapshotBuilder;
import dev.tollgate.model.FactTypes;
import dev.tollgate.model.Route53RecordSet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code aws route53 list-resource-record-sets --hosted-zone-id Z... --output json}: {@code {"ResourceRecordSets": [...]}}
 * (AWS Config does not record Route 53 record sets). The output names neither the account nor the hosted zone:
 * <ul>
 *   <li>the account is the one the other inputs name, or {@code --account} ({@link SnapshotBuilder#accountless});</li>
 *   <li>the zone name is the name of the zone's SOA record (every hosted zone has exactly one, at the apex), else of
 *       its apex NS record, else the longest common label suffix of the record names;</li>
 *   <li>the hosted zone id is taken from the file name when it contains one (e.g.
 *       {@code route53-Z0418273ZXQ5RLKN8EJ2.json}); it only makes the pseudo ARNs unique when two zones share a name
 *       (split-horizon public and private zones): name such files after their zone ids.</li>
 * </ul>
 * Whether the zone is public or private is not in the output. One page of the listing ({@code "NextToken"}, which the
 * AWS CLI prints with {@code --max-items}, or the raw API's {@code "IsTruncated": true} with {@code --no-paginate}) is
 * rejected: the rules need every record of the zone.
 */
public final class Route53RecordSetsReader implements ApiOutputReader {
    public static final String TYPE = "AWS::Route53::RecordSet";
    private static final Pattern ZONE_ID = Pattern.compile("(?<![A-Za-z0-9])(Z[A-Z0-9]{6,32})(?![A-Za-z0-9])");
    private static final Pattern OCTAL = Pattern.compile("\\\\([0-7]{3})");

    @Override
    public boolean accepts(JsonNode root) {
        return root.isObject() && root.has("ResourceRecordSets");
    }

    @Override
    public String command() {
        return "aws route53 list-resource-record-sets";
    }

    @Override
    public void read(Path file, JsonNode root, SnapshotBuilder out) throws InputException {
        JsonNode sets = root.get("ResourceRecordSets");
        if (!sets.isArray()) {
            throw new InputException(file, "\"ResourceRecordSets\" must be an array");
        }
        ApiFields.wholeListing(file, root);
        if (root.path("IsTruncated").asBoolean(false)) {
            throw new InputException(file, "the record set listing is truncated (IsTruncated true); list the whole zone "
                    + "(aws route53 list-resource-record-sets without --max-items)");
        }
        if (sets.isEmpty()) {
            throw new InputException(file, "\"ResourceRecordSets\" is empty: a hosted zone always has SOA and NS records");
        }
        List<Parsed> parsed = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            parsed.add(parse(file, sets.get(i), i));
        }
        String zoneName = zoneName(parsed);
        String zoneId = zoneId(file);
        String source = "api:" + file.getFileName();
        for (Parsed p : parsed) {
            String arn = "arn:aws:route53:::hostedzone/" + (zoneId != null ? zoneId : zoneName) + "/recordset/"
                    + p.name + "/" + p.type + (p.setIdentifier != null ? "/" + p.setIdentifier : "");
            out.accountless(file, TYPE, source, account -> new Route53RecordSet(arn, account, FactTypes.GLOBAL, p.name,
                    Map.of(), zoneName, zoneId, p.name, p.type, p.aliasDnsName, p.aliasZoneId, p.ttl, p.values,
                    p.setIdentifier));
        }
    }

    private record Parsed(String name, String type, String aliasDnsName, String aliasZoneId, Long ttl,
                          List<String> values, String setIdentifier) {
    }

    private static Parsed parse(Path file, JsonNode r, int index) throws InputException {
        String at = "ResourceRecordSets[" + index + "]";
        if (!r.isObject()) {
            throw new InputException(file, at + " must be an object");
        }
        String name = text(file, r, "Name", at, true);
        String type = text(file, r, "Type", at, true).toUpperCase(Locale.ROOT);
        Long ttl = null;
        JsonNode t = r.get("TTL");
        if (t != null && !t.isNull()) {
            if (!t.isIntegralNumber() || t.longValue() < 0) {
                throw new InputException(file, at + ".TTL is " + t + ", expected a whole number of seconds");
            }
            ttl = t.longValue();
        }
        List<String> values = new ArrayList<>();
        JsonNode records = r.get("ResourceRecords");
        if (records != null && !records.isNull()) {
            if (!records.isArray()) {
                throw new InputException(file, at + ".ResourceRecords must be an array");
            }
            for (int i = 0; i < records.size(); i++) {
                String v = text(file, records.get(i), "Value", at + ".ResourceRecords[" + i + "]", true);
                values.add("CNAME".equals(type) ? dnsName(v) : v);
            }
        }
        String aliasName = null;
        String aliasZone = null;
        JsonNode alias = r.get("AliasTarget");
        if (alias != null && !alias.isNull()) {
            if (!alias.isObject()) {
                throw new InputException(file, at + ".AliasTarget must be an object");
            }
            aliasName = dnsName(text(file, alias, "DNSName", at + ".AliasTarget", true));
            aliasZone = text(file, alias, "HostedZoneId", at + ".AliasTarget", false);
        }
        return new Parsed(dnsName(name), type, aliasName, aliasZone, ttl, values,
                text(file, r, "SetIdentifier", at, false));
    }

    /** A string field: required ones must be present and not blank; a blank optional one reads as absent. */
    private static String text(Path file, JsonNode node, String field, String at, boolean required) throws InputException {
        if (required) {
            return ApiFields.requiredText(file, node, at, field, "");
        }
        String v = ApiFields.text(file, node, at, field);
        return v == null || v.isBlank() ? null : v;
    }

    static String dnsName(String raw) {
        String d = raw.trim();
        Matcher m = OCTAL.matcher(d);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 8))));
        }
        m.appendTail(sb);
        d = sb.toString().toLowerCase(Locale.ROOT);
        return d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
    }

    private static String zoneName(List<Parsed> records) {
        for (Parsed p : records) {
            if ("SOA".equals(p.type)) {
                return p.name;
            }
        }
        String apex = null;
        for (Parsed p : records) {
            if ("NS".equals(p.type) && (apex == null || p.name.length() < apex.length())) {
                apex = p.name;
            }
        }
        if (apex != null) {
            return apex;
        }
        List<String> common = null;
        for (Parsed p : records) {
            List<String> labels = new ArrayList<>(Arrays.asList(p.name.split("\\.")));
            java.util.Collections.reverse(labels);
            if (common == null) {
                common = labels;
            } else {
                int n = 0;
                while (n < common.size() && n < labels.size() && common.get(n).equals(labels.get(n))) {
                    n++;
                }
                common = new ArrayList<>(common.subList(0, n));
            }
        }
        java.util.Collections.reverse(common);
        return String.join(".", common);
    }

    private static String zoneId(Path file) {
        Matcher m = ZONE_ID.matcher(file.getFileName().toString());
        return m.find() ? m.group(1) : null;
    }
}
