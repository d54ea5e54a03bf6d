package ru.navyk.infrastructure.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The name this node gives itself in leases, job runs and logs: {@code navyk.node.name} if set (e.g. the Payara
 * Micro instance name), else process id and host; a random suffix keeps a restarted process distinct from its
 * predecessor, whose lease may still be running.
 */
@ApplicationScoped
public class NodeIdentity {

    @Inject
    @ConfigProperty(name = "navyk.node.name")
    private Optional<String> configuredName;

    private String id;

    public synchronized String id() {
        if (id == null) {
            String name = configuredName.filter(n -> !n.isBlank())
                    .orElseGet(() -> ManagementFactory.getRuntimeMXBean().getName());
            id = name + "/" + UUID.randomUUID().toString().substring(0, 8);
        }
        return id;
    }
}
