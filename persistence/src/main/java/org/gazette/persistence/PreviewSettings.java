package org.gazette.persistence;

import java.time.Duration;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.gazette.application.PreviewLifetime;
import org.gazette.domain.preview.PreviewLink;

/** How long preview links work: {@code GAZETTE_PREVIEW_DAYS} (or {@code gazette.preview.days}), or the domain's default. */
@ApplicationScoped
public class PreviewSettings {

    static final String DAYS = "gazette.preview.days";
    private static final int MOST_DAYS = 365;

    @Inject
    @ConfigProperty(name = DAYS)
    Optional<String> days;

    private Duration lifetime;

    @PostConstruct
    void readLifetime() {
        lifetime = days.map(PreviewSettings::lifetime).orElse(PreviewLink.DEFAULT_LIFETIME);
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
