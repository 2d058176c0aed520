package be.cpas.piis.platform.paging;

import io.quarkus.panache.common.Parameters;
import java.util.Optional;

/**
 * The query of one page of a CPAS's collection (X1) ordered by a date then the id, with its
 * filters: each condition names its one parameter, and the cursor continues after the last row of
 * the previous page ([col-paging]).
 */
public final class KeysetQuery {

    private final StringBuilder where = new StringBuilder("cpas = :cpas");
    private final Parameters parameters;
    private final String dateField;

    private KeysetQuery(String cpas, String dateField) {
        this.parameters = Parameters.with("cpas", cpas);
        this.dateField = dateField;
    }

    /** Rows of {@code cpas}, ordered by {@code dateField} (an entity path such as {@code dueBy}) then id. */
    public static KeysetQuery of(String cpas, String dateField) {
        return new KeysetQuery(cpas, dateField);
    }

    /** Adds {@code condition}, which names no parameter or the one given. */
    public KeysetQuery and(String condition, Object... nameThenValue) {
        where.append(" and (").append(condition).append(')');
        for (int i = 0; i < nameThenValue.length; i += 2) {
            parameters.and((String) nameThenValue[i], nameThenValue[i + 1]);
        }
        return this;
    }

    /** Adds {@code condition} on parameter {@code name} when a value is given. */
    public KeysetQuery andIfPresent(Optional<?> value, String condition, String name) {
        value.ifPresent(present -> and(condition, name, present));
        return this;
    }

    /** Continues after the row with this date and id, when given. */
    public KeysetQuery after(Optional<Cursor.DateAndId> after) {
        after.ifPresent(key -> and(dateField + " > :afterDate or (" + dateField + " = :afterDate and id > :afterId)",
                "afterDate", key.date(), "afterId", key.id()));
        return this;
    }

    public String query() {
        return where + " order by " + dateField + ", id";
    }

    public Parameters parameters() {
        return parameters;
    }
}
