package be.cpas.piis.platform.paging;

import java.net.URI;
import java.util.List;

/**
 * A page of a collection as the Belgif guide shapes it ([col-repres], [col-paging]): the items,
 * the page size, and {@code next} while more follows.
 */
public record Page<T>(List<T> items, int pageSize, URI next) {
}
