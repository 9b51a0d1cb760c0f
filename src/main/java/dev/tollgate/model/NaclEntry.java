package dev.tollgate.model;

/** A network ACL entry; ports -1 mean all; protocol "-1" means all. */
public record NaclEntry(int ruleNumber, boolean egress, String protocol, int fromPort, int toPort,
                        String cidr, boolean allow) {
    public boolean coversPort(int port) {
        if ("-1".equals(protocol)) {
            return true;
        }
        if (!"6".equals(protocol) && !"tcp".equals(protocol)) {
            return false;
        }
        return fromPort == -1 || (fromPort <= port && port <= toPort);
    }

    public boolean fromAnywhere() {
        return "0.0.0.0/0".equals(cidr) || "::/0".equals(cidr);
    }
}
