package be.cpas.piis.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The plan PostgreSQL chooses for a statement a repository runs, with sequential scans ruled out:
 * a test's tables hold a few rows, where reading them whole is always cheapest, while the question
 * is whether an index serves the statement in its order once the tables hold a country's cases.
 */
public final class QueryPlans {

    private static final Pattern NAMED_PARAMETER = Pattern.compile("(?<!:):([a-zA-Z]+)");

    private QueryPlans() {
    }

    /** The plan of {@code sql}, whose {@code :name} parameters take the given values. */
    public static String planOf(DataSource dataSource, String sql, Map<String, Object> parameters) {
        List<Object> values = new ArrayList<>();
        Matcher matcher = NAMED_PARAMETER.matcher(sql);
        StringBuilder positional = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!parameters.containsKey(name)) {
                throw new IllegalArgumentException("No value for :" + name);
            }
            values.add(parameters.get(name));
            matcher.appendReplacement(positional, "?");
        }
        matcher.appendTail(positional);
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                try (Statement settings = connection.createStatement()) {
                    settings.execute("SET LOCAL enable_seqscan = off");
                }
                try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + positional)) {
                    for (int i = 0; i < values.size(); i++) {
                        explain.setObject(i + 1, values.get(i));
                    }
                    StringBuilder plan = new StringBuilder();
                    try (ResultSet lines = explain.executeQuery()) {
                        while (lines.next()) {
                            plan.append(lines.getString(1)).append('\n');
                        }
                    }
                    return plan.toString();
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot explain " + sql, e);
        }
    }
}
