package org.denialflow.platform.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class TimeConfiguration {

    /** Business dates (denied on, deadlines) are taken in the organisation's time zone. */
    @Bean
    Clock clock(@Value("${denialflow.time-zone:America/New_York}") String zone) {
        return new EngineClock(ZoneId.of(zone));
    }
}
