package org.gazette.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.gazette.application.ArticleDraft;
import org.gazette.domain.article.Article;
import org.gazette.domain.article.BodyFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import db.migration.V12__text_fields_are_text;

/** Markup stored in text fields before they were kept as text goes when the site is upgraded. */
class TextFieldMigrationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void titlesSummariesAndNamesStoredWithMarkupKeepOnlyTheirWords(TestDatabase database) throws Exception {
        try (TestDatabase.Opened db = database.open(); EntityManagerFactory factory = db.entityManagerFactory()) {
            Article article = Store.inTransaction(factory, CLOCK, store -> store.publishing.write(new ArticleDraft("Clean", null, "Clean.",
                    "Body words.", BodyFormat.MARKDOWN, "Ada Lovelace", List.of("Looms"), null, null, null), "ada"));
            try (Connection connection = db.dataSource().getConnection()) {
                update(connection, "UPDATE article SET title = ?, summary = ? WHERE id = ?",
                        "Hello <img src=x onerror=alert(1)>World", "<script>alert(1)</script><b>Bold</b> words.", article.id());
                update(connection, "UPDATE tag SET name = ?", "<i>Looms</i>");
                update(connection, "UPDATE author SET name = ?", "<img src=x>");

                new V12__text_fields_are_text().migrate(context(connection));

                assertEquals(List.of("Hello World", "hello world", "Bold words.", "Bold words."),
                        row(connection, "SELECT title, sort_title, summary, excerpt FROM article WHERE id = '" + article.id() + "'"));
                assertEquals(List.of("Looms"), row(connection, "SELECT name FROM tag"));
                assertEquals(List.of("Unnamed author"), row(connection, "SELECT name FROM author"), "nothing but markup");
            }
        }
    }

    private static void update(Connection connection, String sql, String... values) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static List<String> row(Connection connection, String sql) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
            result.next();
            List<String> values = new java.util.ArrayList<>();
            for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                values.add(result.getString(column));
            }
            return values;
        }
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
