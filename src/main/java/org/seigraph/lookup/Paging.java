package org.seigraph.lookup;

import java.util.List;
import java.util.function.BiFunction;

import org.seigraph.web.ApiException;
import org.seigraph.web.RequestLimits;
import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * Relay-style forward paging over offset cursors: {@code first}/{@code after} in, a {@link Window} out,
 * which Spring for GraphQL renders as a Connection with edges, cursors and pageInfo.
 */
final class Paging {

    static <T> Window<T> page(ScrollSubrange subrange, int defaultSize, int maxSize,
                              BiFunction<Integer, Integer, List<T>> fetch) {
        if (!subrange.forward()) {
            throw ApiException.badRequest("Only forward paging (first/after) is supported");
        }
        Integer requested = subrange.count().isPresent() ? subrange.count().getAsInt() : null;
        int size = RequestLimits.capped(requested, defaultSize, maxSize, "first");
        long skip = subrange.position()
                .map(p -> p instanceof OffsetScrollPosition o && !o.isInitial() ? o.getOffset() + 1 : 0L)
                .orElse(0L);
        List<T> rows = fetch.apply((int) skip, size + 1);
        boolean hasNext = rows.size() > size;
        List<T> shown = hasNext ? rows.subList(0, size) : rows;
        return Window.from(shown, index -> ScrollPosition.offset(skip + index), hasNext);
    }

    private Paging() {
    }
}
