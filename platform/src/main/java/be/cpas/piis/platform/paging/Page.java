package be.cpas.piis.platform.paging;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.function.Function;

/**
 * A page of a collection as the Belgif guide shapes it ([col-repres], [col-paging]): the items,
 * the page size, and {@code next} while more follows.
 */
public record Page<T>(List<T> items, int pageSize, URI next) {

    /**
     * The page out of {@code fetched}, which a keyset query read with one row more than
     * {@code pageSize}: that extra row only tells that more follows, and {@code next} continues after
     * the last item shown, with the cursor {@code keyOf} gives it.
     */
    public static <E, T> Page<T> of(List<E> fetched, int pageSize, Function<E, Object[]> keyOf, Function<E, T> view, UriInfo request) {
        List<E> shown = fetched.subList(0, Math.min(pageSize, fetched.size()));
        URI next = fetched.size() > pageSize
                ? request.getRequestUriBuilder()
                        .replaceQueryParam(Cursor.PARAMETER, Cursor.encode(keyOf.apply(shown.get(shown.size() - 1))))
                        .build()
                : null;
        return new Page<>(shown.stream().map(view).toList(), pageSize, next);
    }
}
