package dev.tollgate.evaluate;

import dev.tollgate.model.Param;

import java.util.List;
import java.util.Map;

/**
 * An environment profile: the documented parameters of one environment (backup retention, required
 * WAF rule groups, TLS policy, ...) that rules read as {@link Param} facts, plus the accounts and
 * regions it covers (empty = all).
 */
public record Profile(String name, String description, String source, List<String> accounts, List<String> regions,
                      Map<String, Param> params) {
    public Profile {
        accounts = List.copyOf(accounts);
        regions = List.copyOf(regions);
        params = Map.copyOf(params);
    }
}
