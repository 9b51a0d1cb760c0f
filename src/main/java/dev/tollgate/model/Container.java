package dev.tollgate.model;

import java.util.List;

public record Container(String name, String image, Tri privileged, Tri readonlyRootFilesystem, String user,
                        List<EnvVar> environment, List<SecretRef> secrets, String logDriver,
                        String logGroup) {
    public Container {
        privileged = Copy.tri(privileged);
        readonlyRootFilesystem = Copy.tri(readonlyRootFilesystem);
        environment = Copy.list(environment);
        secrets = Copy.list(secrets);
    }
}
