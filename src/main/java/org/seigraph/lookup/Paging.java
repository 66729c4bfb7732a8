package org.seigraph.lookup;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;

import graphql.execution.DataFetcherResult;
import org.seigraph.web.ApiException;
import org.seigraph.web.RequestLimits;
import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * Relay-style forward paging over offset cursors: {@code first}/{@code after} in, a {@link Window} out, which
 * Spring for GraphQL renders as a Connection with edges, cursors and pageInfo. The window travels with a
 * {@link Total} as its local context, which the connection's {@code totalCount} reads ({@link ConnectionTotals}).
 */
final class Paging {

    static <T> DataFetcherResult<Window<T>> page(ScrollSubrange subrange, int defaultSize, int maxSize,
                                                 BiFunction<Integer, Integer, List<T>> fetch, LongSupplier count) {
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
        // the last page (when it is not past the end) already tells the total: no count query
        Total total = !hasNext && (skip == 0 || !shown.isEmpty()) ? new Total(() -> skip + shown.size()) : new Total(count);
        return DataFetcherResult.<Window<T>>newResult()
                .data(Window.from(shown, index -> ScrollPosition.offset(skip + index), hasNext))
                .localContext(total)
                .build();
    }

    /** The number of rows over all pages, counted once and only when a request asks for it. */
    static final class Total {

        private final LongSupplier count;
        private Long value;

        Total(LongSupplier count) {
            this.count = count;
        }

        synchronized long get() {
            if (value == null) {
                value = count.getAsLong();
            }
            return value;
        }
    }

    private Paging() {
    }
}
