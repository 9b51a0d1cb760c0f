package dev.tollgate.collect.config.network;

import java.util.Locale;
import java.util.Map;

/**
 * IP protocols as security groups and network ACLs record them: by name ({@code tcp}) or by IANA number
 * ({@code 6}), with {@code -1} meaning all protocols. Security-group facts carry names, network-ACL
 * facts carry numbers (the form the EC2 API uses for each).
 */
final class Protocols {
    static final String ALL = "-1";

    private static final Map<String, String> NAME_BY_NUMBER = Map.of("6", "tcp", "17", "udp", "1", "icmp", "58", "icmpv6");
    private static final Map<String, String> NUMBER_BY_NAME = Map.of("tcp", "6", "udp", "17", "icmp", "1", "icmpv6", "58");

    private Protocols() {
    }

    /** {@code tcp}, {@code udp}, {@code icmp}, {@code icmpv6}, {@code -1}, or the number of any other protocol; null when absent. */
    static String name(String raw) {
        String p = canonical(raw);
        return p == null ? null : NAME_BY_NUMBER.getOrDefault(p, p);
    }

    /** {@code 6}, {@code 17}, {@code 1}, {@code 58}, {@code -1}, or the value as recorded for others; null when absent. */
    static String number(String raw) {
        String p = canonical(raw);
        return p == null ? null : NUMBER_BY_NAME.getOrDefault(p, p);
    }

    /** Trimmed and lower-cased; null when the item does not say (never read as "all"). */
    private static String canonical(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim().toLowerCase(Locale.ROOT);
    }
}
