package org.gazette.persistence;

import java.time.Duration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.gazette.application.PreviewLifetime;

/** How long preview links work: {@code GAZETTE_PREVIEW_DAYS} (or {@code gazette.preview.days}), 14 days unless set. */
@ApplicationScoped
public class PreviewSettings {

    static final String DAYS = "gazette.preview.days";
    private static final int MOST_DAYS = 365;

    @Inject
    @ConfigProperty(name = DAYS, defaultValue = "14")
    String days;

    private Duration lifetime;

    @PostConstruct
    void readLifetime() {
        lifetime = lifetime(days);
    }

    @Produces
    @PreviewLifetime
    Duration lifetime() {
        return lifetime;
    }

    static Duration lifetime(String days) {
        try {
            int parsed = Integer.parseInt(days.strip());
            if (parsed >= 1 && parsed <= MOST_DAYS) {
                return Duration.ofDays(parsed);
            }
        } catch (NumberFormatException notANumber) {
            // told below, with the value
        }
        throw new IllegalStateException("GAZETTE_PREVIEW_DAYS (" + DAYS + ") must be a whole number of days from 1 to " + MOST_DAYS
                + "; it is '" + days + "'.");
    }
}
