package org.denialflow.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's clock is the engine's clock, so that a test which moves the engine's time
 * (ClockUtil) moves deadlines, ages and timers together.
 */
public final class EngineClock extends Clock {

    private final ZoneId zone;

    public EngineClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new EngineClock(zone);
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static EngineClock utc() {
        return new EngineClock(ZoneOffset.UTC);
    }
}
