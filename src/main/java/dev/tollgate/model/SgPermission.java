package dev.tollgate.model;

/**
 * One security-group permission towards one peer (AWS groups several peers per permission; we flatten).
 *
 * @param protocol   {@code tcp}, {@code udp}, {@code icmp}, {@code icmpv6} or {@code -1} (all)
 * @param fromPort   first port, or -1 for all
 * @param toPort     last port, or -1 for all
 * @param peerKind   CIDR, SECURITY_GROUP or PREFIX_LIST
 * @param peer       the CIDR (v4 or v6), security-group id or prefix-list id
 */
public record SgPermission(String protocol, int fromPort, int toPort, PeerKind peerKind, String peer, String description) {
    public enum PeerKind { CIDR, SECURITY_GROUP, PREFIX_LIST }

    /** True when the permission admits traffic to {@code port} (TCP or all protocols). */
    public boolean coversPort(int port) {
        if ("-1".equals(protocol)) {
            return true;
        }
        if (!"tcp".equals(protocol) && !"6".equals(protocol)) {
            return false;
        }
        return fromPort == -1 || (fromPort <= port && port <= toPort);
    }

    /** True when the peer is the whole IPv4 or IPv6 internet. */
    public boolean fromAnywhere() {
        return peerKind == PeerKind.CIDR && ("0.0.0.0/0".equals(peer) || "::/0".equals(peer));
    }

    public boolean allProtocols() {
        return "-1".equals(protocol);
    }
}
