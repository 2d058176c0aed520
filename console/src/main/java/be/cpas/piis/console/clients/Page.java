package be.cpas.piis.console.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A page of a list the APIs serve: its items, and the link to the next page when there is one. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Page<T>(List<T> items, String next) {

    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
