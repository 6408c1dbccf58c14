package org.gazette.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SettingTest {

    private static List<String> problems(Map<String, String> variables) {
        return Setting.problems(setting -> Optional.ofNullable(variables.get(setting.variable())));
    }

    @Test
    void nothingSetIsAGoodConfiguration() {
        assertEquals(List.of(), problems(Map.of()));
    }

    @Test
    void theVariablesAreTheOnesOperatorsAlreadyUse() {
        assertEquals("GAZETTE_DB_URL", Setting.DATABASE_URL.variable());
        assertEquals("GAZETTE_TRUSTED_PROXIES", Setting.TRUSTED_PROXIES.variable());
        assertEquals("GAZETTE_SITEMAP_PART_SIZE", Setting.SITEMAP_PART_SIZE.variable());
        assertEquals("GAZETTE_ADMIN_PASSWORD", InstallationEnvironment.ADMIN_PASSWORD);
    }

    @Test
    void goodValuesAreAccepted() {
        assertEquals(List.of(), problems(Map.of("GAZETTE_DB_URL", "jdbc:postgresql://db.internal:5432/gazette?sslmode=require",
                "GAZETTE_SAMPLE_SITE", "TRUE", "GAZETTE_BASE_URL", "https://blog.example.com/", "GAZETTE_PREVIEW_DAYS", " 365 ",
                "GAZETTE_TRUSTED_PROXIES", "10.0.0.0/8, ::1", "GAZETTE_CACHE_MB", "1", "GAZETTE_SITEMAP_PART_SIZE", "50000",
                "GAZETTE_ADMIN_PASSWORD", "twelve chars")));
        assertEquals(List.of(), problems(Map.of("GAZETTE_DB_URL", "jdbc:h2:mem:test", "GAZETTE_PUBLICATION_CHECK_SECONDS", "1",
                "GAZETTE_AUTOSAVE_SECONDS", "3600", "GAZETTE_UPLOAD_MB", "60", "GAZETTE_IMPORT_MB", "1",
                "GAZETTE_DB_POOL_MIN", "0", "GAZETTE_DB_POOL_MAX", "1000")));
    }

    @Test
    void aWrongValueIsNamedWithItsVariableAndWhatIsAccepted() {
        assertEquals(List.of("GAZETTE_SAMPLE_SITE (gazette.sample.site) is 'yes', which it does not accept; it must be true or false."),
                problems(Map.of("GAZETTE_SAMPLE_SITE", "yes")));
        assertEquals(List.of("GAZETTE_BASE_URL (gazette.base.url) is 'blog.example.com', which it does not accept;"
                + " it must be an absolute http:// or https:// URL."), problems(Map.of("GAZETTE_BASE_URL", "blog.example.com")));
    }

    @Test
    void everyKindOfMistakeIsFound() {
        Map<String, String> wrong = new HashMap<>(Map.of("GAZETTE_DB_URL", "postgres://db/gazette", "GAZETTE_PREVIEW_DAYS", "two weeks",
                "GAZETTE_CACHE_MB", "0", "GAZETTE_SITEMAP_PART_SIZE", "50001", "GAZETTE_TRUSTED_PROXIES", "10.0.0.0/33",
                "GAZETTE_ADMIN_PASSWORD", "short", "GAZETTE_PUBLICATION_CHECK_SECONDS", "0", "GAZETTE_AUTOSAVE_SECONDS", "4",
                "GAZETTE_UPLOAD_MB", "61", "GAZETTE_IMPORT_MB", "lots"));
        wrong.putAll(Map.of("GAZETTE_DB_POOL_MIN", "-1", "GAZETTE_DB_POOL_MAX", "0"));
        List<String> problems = problems(wrong);

        assertEquals(wrong.size(), problems.size(), problems.toString());
        wrong.keySet().forEach(variable -> assertTrue(problems.stream().anyMatch(problem -> problem.startsWith(variable + " ")), variable));
    }

    @Test
    void thePoolMayNotBeSmallerThanItsFewestConnections() {
        assertEquals(List.of("GAZETTE_DB_POOL_MAX (gazette.db.pool.max) is smaller than GAZETTE_DB_POOL_MIN;"
                + " the pool's most connections must be at least its fewest."), problems(Map.of("GAZETTE_DB_POOL_MIN", "40")));
        assertEquals(List.of(), problems(Map.of("GAZETTE_DB_POOL_MIN", "8", "GAZETTE_DB_POOL_MAX", "8")));
        assertEquals(8, new InstallationEnvironment(Map.of("GAZETTE_DB_POOL_MAX", "8")).databasePoolSize());
        assertEquals(32, new InstallationEnvironment(Map.of()).databasePoolSize());
    }

    @Test
    void anUnparsableDatabaseUrlIsRefused() {
        for (String url : new String[] {"jdbc:postgresql://", "jdbc:postgresql://db host/gazette", "jdbc:postgresql://db.internal", "jdbc:h2:",
                "jdbc:mysql://db/gazette"}) {
            assertEquals(1, problems(Map.of("GAZETTE_DB_URL", url)).size(), url);
        }
    }

    @Test
    void noProblemShowsASecretOrADatabaseUrlsQuery() {
        String password = problems(Map.of("GAZETTE_ADMIN_PASSWORD", "hunter2")).get(0);
        assertFalse(password.contains("hunter2"), password);
        String url = problems(Map.of("GAZETTE_DB_URL", "jdbc:postgresql://db host/x?password=hunter2")).get(0);
        assertFalse(url.contains("hunter2"), url);
    }

    @Test
    void aWholeNumberSettingFallsBackToItsDefault() {
        assertEquals(14, Setting.PREVIEW_DAYS.wholeNumberOf(Optional.empty()));
        assertEquals(64, Setting.CACHE_MB.wholeNumberOf(Optional.of(" ")));
        assertEquals(7, Setting.PREVIEW_DAYS.wholeNumberOf(Optional.of(" 7")));
    }

    @Test
    void theStartupSummaryShowsOnlyChangedSettingsAndNeverASecretOrAQuery() {
        InstallationEnvironment environment = new InstallationEnvironment(Map.of("GAZETTE_CACHE_MB", "64", "GAZETTE_AUDIT_RETENTION_DAYS", "30",
                "GAZETTE_DB_PASSWORD", "s3cret-s3cret", "GAZETTE_DB_URL", "jdbc:postgresql://db:5432/gazette?password=s3cret-s3cret"));

        assertEquals(List.of("GAZETTE_DB_URL=jdbc:postgresql://db:5432/gazette?...", "GAZETTE_DB_PASSWORD=(set)", "GAZETTE_AUDIT_RETENTION_DAYS=30"),
                environment.changedSettings(), "the cache bound is its default, so it is not listed");
    }
}
