package ru.navyk.infrastructure.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that runs like the system clock but can be moved forward or back by an offset. Test-only: it exists only
 * when {@code navyk.clock.adjustable=true} (the integration tests' portal), so that reminders and deadlines can be
 * tried over simulated weeks; a production portal always runs on the system clock.
 */
public final class AdjustableClock extends Clock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    public AdjustableClock(Clock base) {
        this.base = base;
    }

    public void setOffset(Duration offset) {
        this.offset = offset;
    }

    public Duration offset() {
        return offset;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        AdjustableClock clock = new AdjustableClock(base.withZone(zone));
        clock.setOffset(offset);
        return clock;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }
}
