package org.gazette.persistence;

import java.time.Duration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.ConfigProvider;

import org.gazette.application.PreviewLifetime;
import org.gazette.application.Setting;

/** How long preview links work: {@link Setting#PREVIEW_DAYS}. */
@ApplicationScoped
public class PreviewSettings {

    private Duration lifetime;

    @PostConstruct
    void readLifetime() {
        lifetime = Duration.ofDays(Setting.PREVIEW_DAYS.wholeNumberOf(ConfigProvider.getConfig().getOptionalValue(Setting.PREVIEW_DAYS.property(), String.class)));
    }

    @Produces
    @PreviewLifetime
    Duration lifetime() {
        return lifetime;
    }
}
