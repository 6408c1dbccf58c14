package org.gazette.http;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import org.gazette.application.InstallationEnvironment;
import org.gazette.application.Setting;

/**
 * Gazette's {@link Setting}s as MicroProfile Config gives them: environment variables, system
 * properties and Payara's config sources, read once when the application starts.
 */
@ApplicationScoped
public class ConfiguredSettings {

    private InstallationEnvironment environment;

    @PostConstruct
    void read() {
        environment = InstallationEnvironment.of(ConfiguredSettings::given);
    }

    /** What an operator gave for a setting, if anything. */
    public static Optional<String> given(Setting setting) {
        Config config = ConfigProvider.getConfig();
        return config.getOptionalValue(setting.property(), String.class);
    }

    /** What is wrong with the settings given, one sentence each. */
    public List<String> problems() {
        return Setting.problems(ConfiguredSettings::given);
    }

    @Produces
    InstallationEnvironment environment() {
        return environment;
    }
}
