package dev.tollgate.model;

/**
 * An S3 ACL grant. {@code grantee} is a canonical id, an e-mail, or a group URI
 * (e.g. {@code http://acs.amazonaws.com/groups/global/AllUsers}).
 */
public record AclGrant(String granteeType, String grantee, String permission) {
    public boolean toEveryone() {
        return grantee != null && (grantee.endsWith("/global/AllUsers") || grantee.endsWith("/global/AuthenticatedUsers"));
    }
}
