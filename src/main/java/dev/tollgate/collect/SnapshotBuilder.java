package dev.tollgate.collect;

import dev.tollgate.model.Completable;
import dev.tollgate.model.Coverage;
import dev.tollgate.model.Resource;
import dev.tollgate.model.Snapshot;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Gathers facts and coverage from any number of inputs into one {@link Snapshot}. Resources seen twice
 * (the same type and ARN from two files) keep the one captured last. Inputs that do not name their account
 * (a password-policy file) are resolved against the single account the other inputs name, or the
 * account given explicitly.
 */
public final class SnapshotBuilder {
    private final Map<String, Resource> resources = new LinkedHashMap<>();
    private final Map<String, Instant> resourceTimes = new LinkedHashMap<>();
    private final Set<Coverage> coverage = new LinkedHashSet<>();
    private final List<String> sources = new ArrayList<>();
    private final List<Deferred> accountless = new ArrayList<>();
    private Instant capturedAt;
    private String producer;

    private record Deferred(Path file, String resourceType, String source, Function<String, Resource> factory) {
    }

    public SnapshotBuilder source(String source) {
        sources.add(source);
        return this;
    }

    public SnapshotBuilder producer(String producer) {
        this.producer = producer;
        return this;
    }

    /** Adds a fact captured at {@code at} (null when the input does not say). */
    public SnapshotBuilder resource(Resource r, Instant at) {
        String key = key(r);
        Instant prev = resourceTimes.get(key);
        Resource earlier = resources.get(key);
        if (prev == null || at == null || !at.isBefore(prev)) {
            resources.put(key, completed(r, earlier));
            resourceTimes.put(key, at);
        } else {
            resources.put(key, completed(earlier, r));
        }
        captured(at);
        return this;
    }

    /** {@code kept}, completed with what {@code other} alone knows when both describe the same completable fact. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Resource completed(Resource kept, Resource other) {
        if (other != null && kept instanceof Completable c && kept.getClass() == other.getClass()) {
            return (Resource) c.completedWith(other);
        }
        return kept;
    }

    /**
     * One fact per account, type and ARN: a credential-report row and the IAM user share an ARN but are
     * two facts, and an AWS-managed policy has the same ARN in every account.
     */
    private static String key(Resource r) {
        return r.account() + "|" + r.resourceType() + "|" + r.arn();
    }

    public SnapshotBuilder coverage(Coverage c) {
        coverage.add(c);
        return this;
    }

    /** Notes a capture time; the snapshot's capture time is the latest one noted. */
    public SnapshotBuilder captured(Instant at) {
        if (at != null && (capturedAt == null || at.isAfter(capturedAt))) {
            capturedAt = at;
        }
        return this;
    }

    /** A fact whose account is only known once every input has been read. */
    public SnapshotBuilder accountless(Path file, String resourceType, String source, Function<String, Resource> factory) {
        accountless.add(new Deferred(file, resourceType, source, factory));
        return this;
    }

    /**
     * @param account  the account for inputs that do not name one; null to infer it
     * @param fallback capture time when no input states one (e.g. the newest input file's mtime)
     */
    public Snapshot build(String account, Instant fallback) throws InputException {
        if (!accountless.isEmpty()) {
            String acct = account;
            if (acct == null) {
                Set<String> accounts = new TreeSet<>();
                resources.values().stream().map(Resource::account).filter(Objects::nonNull).forEach(accounts::add);
                coverage.stream().map(Coverage::account).filter(Objects::nonNull).forEach(accounts::add);
                if (accounts.size() != 1) {
                    Deferred d = accountless.get(0);
                    throw new InputException(d.file(), "this file does not say which AWS account it belongs to and the "
                            + "other inputs name " + (accounts.isEmpty() ? "none" : accounts.size() + " accounts " + accounts)
                            + "; pass --account ID");
                }
                acct = accounts.iterator().next();
            }
            for (Deferred d : accountless) {
                Resource r = d.factory().apply(acct);
                resources.put(key(r), r);
                coverage.add(Coverage.collected(acct, r.region(), d.resourceType(), d.source()));
            }
            accountless.clear();
        }
        Instant at = capturedAt != null ? capturedAt : fallback;
        return new Snapshot(at, producer, sources, new ArrayList<>(resources.values()), new ArrayList<>(coverage));
    }
}
