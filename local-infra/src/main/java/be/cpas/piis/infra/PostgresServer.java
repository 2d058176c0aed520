package be.cpas.piis.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The PostgreSQL the platform uses outside production: the server listening on the given host and
 * port when there is one, otherwise a real embedded PostgreSQL started from a Maven jar.
 */
public final class PostgresServer implements AutoCloseable {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final String host;
    private final int port;
    private final Optional<EmbeddedPostgres> embedded;

    private PostgresServer(String host, int port, Optional<EmbeddedPostgres> embedded) {
        this.host = host;
        this.port = port;
        this.embedded = embedded;
    }

    /**
     * Uses the server on {@code host:port} if one listens; otherwise starts an embedded one on that
     * port ({@code 0}: any free port), keeping its files in {@code embeddedDataDir} when given.
     */
    public static PostgresServer useOrStart(String host, int port, Optional<Path> embeddedDataDir) {
        if (port > 0 && listens(host, port)) {
            return new PostgresServer(host, port, Optional.empty());
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(port);
            embeddedDataDir.ifPresent(dir -> builder.setDataDirectory(dir).setCleanDataDirectory(false));
            EmbeddedPostgres postgres = builder.start();
            return new PostgresServer("127.0.0.1", postgres.getPort(), Optional.of(postgres));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start an embedded PostgreSQL", e);
        }
    }

    public boolean isEmbedded() {
        return embedded.isPresent();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String username() {
        return "postgres";
    }

    public int port() {
        return port;
    }

    public void createDatabaseIfMissing(String database) {
        requireSafeName(database);
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), username(), "")) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, database);
                if (exists.executeQuery().next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    public void dropDatabase(String database) {
        requireSafeName(database);
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), username(), "");
             Statement drop = connection.createStatement()) {
            drop.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop database " + database, e);
        }
    }

    @Override
    public void close() {
        embedded.ifPresent(postgres -> {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void requireSafeName(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
    }

    private static boolean listens(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
