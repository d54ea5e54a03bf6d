package ru.navyk.infrastructure.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The physical data source behind Navyk's connection pool: whichever database {@code navyk.db.url} names, through the
 * JDBC driver in the WAR that accepts that URL. Embedded Derby in {@code ${navyk.data.dir}/derby} when nothing is
 * configured; PostgreSQL with {@code NAVYK_DB_URL=jdbc:postgresql://host/db}, {@code NAVYK_DB_USER} and
 * {@code NAVYK_DB_PASSWORD}. The same WAR serves both: choosing the database is configuration only.
 *
 * <p>One class for every URL (instead of a vendor class per database in {@code @DataSourceDefinition}) because the
 * annotation's class name cannot depend on configuration. The settings are read from MicroProfile Config with this
 * class's own class loader, so the WAR's {@code microprofile-config.properties} supplies the defaults even when the
 * application server's pool opens a connection from one of its own threads.
 */
public class ConfiguredDataSource implements DataSource {

    public static final String URL = "navyk.db.url";
    public static final String USER = "navyk.db.user";
    public static final String PASSWORD = "navyk.db.password";

    private volatile Settings settings;
    private PrintWriter logWriter;
    private int loginTimeout;

    /** What the pool connects to: URL, optional user and password, and the driver that accepts the URL. */
    record Settings(String url, Optional<String> user, Optional<String> password, Driver driver) {

        static Settings fromConfig() {
            ClassLoader loader = ConfiguredDataSource.class.getClassLoader();
            Config config = ConfigProvider.getConfig(loader);
            String url = config.getOptionalValue(URL, String.class)
                    .orElseThrow(() -> new IllegalStateException("No database configured: set " + URL
                            + " (environment variable NAVYK_DB_URL)"));
            return new Settings(url, config.getOptionalValue(USER, String.class),
                    config.getOptionalValue(PASSWORD, String.class), driverFor(url, loader));
        }

        /** The product name for messages: "derby", "postgresql", ... (the URL's sub-protocol), never credentials. */
        String product() {
            String[] parts = url.split(":", 3);
            return parts.length > 1 ? parts[1] : url;
        }
    }

    static Driver driverFor(String url, ClassLoader loader) {
        for (Driver driver : ServiceLoader.load(Driver.class, loader)) {
            try {
                if (driver.acceptsURL(url)) {
                    return driver;
                }
            } catch (SQLException e) {
                // a driver that cannot judge the URL is not the one we want
            }
        }
        throw new IllegalStateException("No JDBC driver in the application accepts the database URL configured in "
                + URL + " (Navyk ships Apache Derby and PostgreSQL drivers; a URL starts with jdbc:derby: or"
                + " jdbc:postgresql:)");
    }

    private Settings settings() {
        Settings current = settings;
        if (current == null) {
            current = Settings.fromConfig();
            settings = current;
        }
        return current;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Settings current = settings();
        Properties properties = new Properties();
        current.user().ifPresent(user -> properties.setProperty("user", user));
        current.password().ifPresent(password -> properties.setProperty("password", password));
        return connect(current, properties);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Properties properties = new Properties();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return connect(settings(), properties);
    }

    private static Connection connect(Settings settings, Properties properties) throws SQLException {
        Connection connection = settings.driver().connect(settings.url(), properties);
        if (connection == null) {
            throw new SQLException("The " + settings.product() + " driver refused the URL configured in " + URL);
        }
        return connection;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
