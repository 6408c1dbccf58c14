package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.gazette.domain.article.Article;
import org.gazette.domain.text.PlainText;
import org.gazette.domain.text.Summary;

/**
 * Titles, summaries and names saved before they were kept as plain text lose their markup, by the
 * rule every save applies now, so what older imports brought no longer reaches feed readers as
 * HTML. Only rows with a '<' are read; a text that was nothing but markup gets a placeholder.
 */
public class V12__text_fields_are_text extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        cleanArticles(connection);
        clean(connection, "tag", "name", "Unnamed tag");
        clean(connection, "author", "name", "Unnamed author");
        clean(connection, "site", "title", "Gazette");
        clean(connection, "site", "description", "");
    }

    private static void cleanArticles(Connection connection) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(
                "SELECT id, title, summary, body_html FROM article WHERE title LIKE '%<%' OR summary LIKE '%<%'");
             PreparedStatement write = connection.prepareStatement(
                     "UPDATE article SET title = ?, sort_title = ?, summary = ?, excerpt = ? WHERE id = ?");
             ResultSet articles = read.executeQuery()) {
            while (articles.next()) {
                String title = plain(articles.getString("title"), "Untitled");
                String summary = plain(articles.getString("summary"), null);
                write.setString(1, title);
                write.setString(2, Article.sortTitleOf(title));
                write.setString(3, summary);
                write.setString(4, Summary.of(summary, articles.getString("body_html")));
                write.setString(5, articles.getString("id"));
                write.addBatch();
            }
            write.executeBatch();
        }
    }

    private static void clean(Connection connection, String table, String column, String placeholder) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("SELECT id, " + column + " FROM " + table + " WHERE " + column + " LIKE '%<%'");
             PreparedStatement write = connection.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE id = ?");
             ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                write.setString(1, plain(rows.getString(column), placeholder));
                write.setString(2, rows.getString("id"));
                write.addBatch();
            }
            write.executeBatch();
        }
    }

    /** The text without markup, or {@code placeholder} when nothing is left (null where a column may be empty). */
    private static String plain(String text, String placeholder) {
        String plain = PlainText.withoutMarkup(text);
        return plain == null || plain.isBlank() ? placeholder : plain;
    }
}
