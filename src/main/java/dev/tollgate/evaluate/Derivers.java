package dev.tollgate.evaluate;

import java.util.List;

/** The fact derivers every scan runs. */
final class Derivers {
    private Derivers() {
    }

    static List<FactDeriver> standard() {
        return List.of(new dev.tollgate.evaluate.iam.IamAnalyzer(), new SecurityGroupUses());
    }
}
