package be.cpas.piis.console.pages;

import be.cpas.piis.console.pages.CaseloadPage.CaseloadContract;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** A social worker's running contracts as the caseload shows them: sorted by one column, one page at a time. */
public record ContractTable(List<CaseloadContract> rows, Order order, boolean descending, int page, int pages) {

    static final int ROWS_PER_PAGE = 20;
    static final ContractTable EMPTY = new ContractTable(List.of(), Order.BENEFICIARY, false, 1, 1);

    /** The columns a caseload sorts by; a name's accents and case do not change its place. */
    public enum Order {
        BENEFICIARY(byText(CaseloadContract::beneficiaryName, Collator.getInstance(Locale.FRENCH))),
        STATUS(byText(item -> item.contract().status(), Comparator.naturalOrder())),
        START(byDate(item -> item.contract().startDate())),
        END(byDate(item -> item.contract().endDate())),
        REFLECTION(byDate(item -> item.contract().reflectionEndsOn()));

        /** The order in one direction: {@code true} for descending. */
        private final Function<Boolean, Comparator<CaseloadContract>> inDirection;

        Order(Function<Boolean, Comparator<CaseloadContract>> inDirection) {
            this.inDirection = inDirection;
        }

        /** The column named in a link; the beneficiary's name for an unknown one. */
        static Order named(String name) {
            return Arrays.stream(values()).filter(order -> order.key().equals(name)).findFirst().orElse(BENEFICIARY);
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        private static Function<Boolean, Comparator<CaseloadContract>> byText(Function<CaseloadContract, String> text,
                                                                                  Comparator<? super String> order) {
            Comparator<CaseloadContract> ascending = Comparator.comparing(text, order);
            return descending -> descending ? ascending.reversed() : ascending;
        }

        /** Days left empty (no reflection period yet) come last whichever the direction. */
        private static Function<Boolean, Comparator<CaseloadContract>> byDate(Function<CaseloadContract, LocalDate> day) {
            return descending -> Comparator.comparing(day,
                    Comparator.nullsLast(descending ? Comparator.<LocalDate>reverseOrder() : Comparator.<LocalDate>naturalOrder()));
        }
    }

    static ContractTable of(List<CaseloadContract> contracts, Order order, boolean descending, Integer page) {
        Comparator<CaseloadContract> comparator = order.inDirection.apply(descending);
        List<CaseloadContract> sorted = contracts.stream().sorted(comparator.thenComparing(item -> item.contract().id())).toList();
        int pages = Math.max(1, (sorted.size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
        int shown = page == null ? 1 : Math.min(Math.max(page, 1), pages);
        int from = (shown - 1) * ROWS_PER_PAGE;
        return new ContractTable(sorted.subList(from, Math.min(from + ROWS_PER_PAGE, sorted.size())), order, descending, shown, pages);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The link a column's heading leads to: sorted by it, ascending unless it already is. */
    public String sortHref(String column) {
        boolean nowAscending = order.key().equals(column) && !descending;
        return "/?sort=" + column + (nowAscending ? "&desc=true" : "") + "#contracts-title";
    }

    /** The column's aria-sort: ascending or descending for the sorted one, none for the others. */
    public String ariaSort(String column) {
        if (!order.key().equals(column)) {
            return "none";
        }
        return descending ? "descending" : "ascending";
    }

    public String previousPageHref() {
        return pageHref(page - 1);
    }

    public String nextPageHref() {
        return pageHref(page + 1);
    }

    private String pageHref(int number) {
        return "/?sort=" + order.key() + (descending ? "&desc=true" : "") + "&page=" + number + "#contracts-title";
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
