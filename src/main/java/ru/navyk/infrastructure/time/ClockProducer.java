package ru.navyk.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock every date rule reads, so tests can move time without touching the code under test. With the
 * test-only flag {@code navyk.clock.adjustable=true} it is an {@link AdjustableClock} that an administrator may move
 * through {@code /api/test/clock}; without it (the default, and always in production) the system clock.
 */
@ApplicationScoped
public class ClockProducer {

    @Inject
    @ConfigProperty(name = "navyk.clock.adjustable", defaultValue = "false")
    private boolean adjustable;

    private AdjustableClock adjustableClock;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return adjustable().map(Clock.class::cast).orElseGet(Clock::systemDefaultZone);
    }

    /** The adjustable clock, when the test-only flag is on. */
    public synchronized Optional<AdjustableClock> adjustable() {
        if (!adjustable) {
            return Optional.empty();
        }
        if (adjustableClock == null) {
            adjustableClock = new AdjustableClock(Clock.systemDefaultZone());
        }
        return Optional.of(adjustableClock);
    }
}
