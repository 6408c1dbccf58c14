package org.gazette.persistence;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The data source named by the operator's {@code GAZETTE_DB_URL}: PostgreSQL for a {@code
 * jdbc:postgresql:} URL, H2 for a {@code jdbc:h2:} URL, and with no URL an embedded H2 file under the
 * Payara domain, so a bare deployment keeps its data across restarts. The server's connection pool
 * creates it by class name and sets its properties, so one definition serves every database.
 */
public class ConfiguredDataSource implements DataSource {

    /** What the data source definition passes when the operator set no URL. */
    public static final String EMBEDDED = "embedded";
    static final String EMBEDDED_USER = "gazette";
    static final String APPLICATION_NAME = "Gazette";

    private String url = EMBEDDED;
    private String user;
    private String password;
    private DataSource target;

    public void setUrl(String url) {
        this.url = url == null || url.isBlank() ? EMBEDDED : url.strip();
        this.target = null;
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    private synchronized DataSource target() throws SQLException {
        if (target == null) {
            target = create();
        }
        return target;
    }

    private DataSource create() throws SQLException {
        if (EMBEDDED.equals(url)) {
            return h2(embeddedUrl(), EMBEDDED_USER, "");
        }
        if (url.startsWith("jdbc:h2:")) {
            return h2(url, user, password);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            // So the database's own views (pg_stat_activity) tell Gazette's connections from others;
            // an ApplicationName in the URL, set next, wins.
            postgres.setApplicationName(APPLICATION_NAME);
            postgres.setURL(url);
            postgres.setUser(user);
            postgres.setPassword(password);
            // Imports write in JDBC batches; the driver then sends each batch as multi-row INSERTs.
            postgres.setReWriteBatchedInserts(true);
            return postgres;
        }
        throw new SQLException("GAZETTE_DB_URL must be a jdbc:postgresql: or jdbc:h2: URL; '" + url + "' is neither.");
    }

    /**
     * The embedded database lives in the domain folder of the server, beside its logs. It writes each
     * commit to the file at once: by default H2 waits up to half a second, and a server killed in
     * that time lost transactions it had reported committed.
     */
    static String embeddedUrl() {
        String domain = System.getProperty("com.sun.aas.instanceRoot", System.getProperty("user.dir"));
        return "jdbc:h2:" + Path.of(domain, "data", "gazette").toAbsolutePath() + ";WRITE_DELAY=0";
    }

    private static DataSource h2(String h2Url, String h2User, String h2Password) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(h2Url);
        h2.setUser(h2User);
        h2.setPassword(h2Password == null ? "" : h2Password);
        return h2;
    }

    /** The pool passes the definition's user and password; the target already knows which to use. */
    @Override
    public Connection getConnection(String ignoredUser, String ignoredPassword) throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // The pool's own logging covers connection problems.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // Each target database applies its own driver default.
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("Logging goes through the target data source.");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return target().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target().isWrapperFor(type);
    }
}
