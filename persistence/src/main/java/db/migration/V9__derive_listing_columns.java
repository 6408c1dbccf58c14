package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.gazette.domain.media.MediaAsset;
import org.gazette.domain.text.ReadingTime;
import org.gazette.domain.text.Summary;

/**
 * Fills the columns of V8 for articles written before it, with the very rules that derive them on
 * every save, so an upgraded site lists the same excerpts and reading times as before.
 */
public class V9__derive_listing_columns extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement read = connection.prepareStatement("SELECT id, summary, body_html, body_source, cover_url FROM article");
             PreparedStatement derive = connection.prepareStatement("UPDATE article SET excerpt = ?, reading_minutes = ? WHERE id = ?");
             PreparedStatement shows = connection.prepareStatement("INSERT INTO article_media (article_id, asset_id) VALUES (?, ?)");
             ResultSet articles = read.executeQuery()) {
            int pending = 0;
            while (articles.next()) {
                String id = articles.getString("id");
                String bodyHtml = articles.getString("body_html");
                derive.setString(1, Summary.of(articles.getString("summary"), bodyHtml));
                derive.setInt(2, ReadingTime.ofHtml(bodyHtml).minutes());
                derive.setString(3, id);
                derive.addBatch();
                Set<String> media = new HashSet<>(MediaAsset.idsIn(articles.getString("body_source")));
                media.addAll(MediaAsset.idsIn(articles.getString("cover_url")));
                for (String asset : media) {
                    shows.setString(1, id);
                    shows.setString(2, asset);
                    shows.addBatch();
                }
                if (++pending == BATCH) {
                    derive.executeBatch();
                    shows.executeBatch();
                    pending = 0;
                }
            }
            derive.executeBatch();
            shows.executeBatch();
        }
    }
}
