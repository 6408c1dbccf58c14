package org.gazette.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.gazette.domain.RuleViolation;
import org.junit.jupiter.api.Test;

class InstallationEnvironmentTest {

    @Test
    void withoutVariablesGazetteRunsLocallyWithoutSampleContentOrAPresetPassword() {
        InstallationEnvironment nothingSet = new InstallationEnvironment(Map.of());

        assertEquals("http://localhost:8080", nothingSet.baseUrl());
        assertEquals(Optional.empty(), nothingSet.baseUrlOverride());
        assertEquals(Optional.empty(), nothingSet.adminPassword());
        assertFalse(nothingSet.loadsSampleSite());
    }

    @Test
    void anOperatorsBaseUrlIsUsedWithoutItsTrailingSlash() {
        InstallationEnvironment environment = new InstallationEnvironment(Map.of("GAZETTE_BASE_URL", "https://blog.example.com/"));

        assertEquals("https://blog.example.com", environment.baseUrl());
    }

    @Test
    void aBaseUrlThatIsNoHttpUrlIsRefusedWithTheValue() {
        InstallationEnvironment environment = new InstallationEnvironment(Map.of("GAZETTE_BASE_URL", "blog.example.com"));

        assertTrue(assertThrows(RuleViolation.class, environment::baseUrl).getMessage().contains("'blog.example.com'"));
    }

    @Test
    void blankVariablesCountAsUnset() {
        InstallationEnvironment environment = new InstallationEnvironment(Map.of(
                "GAZETTE_ADMIN_PASSWORD", " ", "GAZETTE_BASE_URL", "", "GAZETTE_SAMPLE_SITE", "true"));

        assertEquals(Optional.empty(), environment.adminPassword());
        assertEquals("http://localhost:8080", environment.baseUrl());
        assertTrue(environment.loadsSampleSite());
    }

    @Test
    void theKnobsHaveDefaultsAndTakeTheOperatorsValues() {
        InstallationEnvironment defaults = new InstallationEnvironment(Map.of());
        InstallationEnvironment tuned = new InstallationEnvironment(Map.of("GAZETTE_PUBLICATION_CHECK_SECONDS", "60",
                "GAZETTE_AUTOSAVE_SECONDS", "45", "GAZETTE_UPLOAD_MB", "25", "GAZETTE_IMPORT_MB", "2"));

        assertEquals(Duration.ofSeconds(10), defaults.publicationCheckInterval());
        assertEquals(Duration.ofSeconds(20), defaults.autosaveInterval());
        assertEquals(10 * 1024 * 1024, defaults.uploadLimitBytes());
        assertEquals(20 * 1024 * 1024, defaults.importLimitBytes());
        assertEquals(Duration.ofMinutes(1), tuned.publicationCheckInterval());
        assertEquals(Duration.ofSeconds(45), tuned.autosaveInterval());
        assertEquals(25 * 1024 * 1024, tuned.uploadLimitBytes());
        assertEquals(2 * 1024 * 1024, tuned.importLimitBytes());
    }
}
