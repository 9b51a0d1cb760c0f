package dev.tollgate.model;

/** S3 Block Public Access flags, each UNKNOWN when the source did not say. */
public record PublicAccessBlock(Tri blockPublicAcls, Tri ignorePublicAcls, Tri blockPublicPolicy,
                                Tri restrictPublicBuckets) {
    public PublicAccessBlock {
        blockPublicAcls = Copy.tri(blockPublicAcls);
        ignorePublicAcls = Copy.tri(ignorePublicAcls);
        blockPublicPolicy = Copy.tri(blockPublicPolicy);
        restrictPublicBuckets = Copy.tri(restrictPublicBuckets);
    }

    /** The block as recorded when no configuration exists: every flag off. */
    public static PublicAccessBlock none() {
        return new PublicAccessBlock(Tri.FALSE, Tri.FALSE, Tri.FALSE, Tri.FALSE);
    }

    public static PublicAccessBlock unknown() {
        return new PublicAccessBlock(Tri.UNKNOWN, Tri.UNKNOWN, Tri.UNKNOWN, Tri.UNKNOWN);
    }

    public Tri allOn() {
        Tri[] all = {blockPublicAcls, ignorePublicAcls, blockPublicPolicy, restrictPublicBuckets};
        boolean unknown = false;
        for (Tri t : all) {
            if (t == Tri.FALSE) {
                return Tri.FALSE;
            }
            unknown |= t == Tri.UNKNOWN;
        }
        return unknown ? Tri.UNKNOWN : Tri.TRUE;
    }
}
