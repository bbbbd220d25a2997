package org.aqea.wikitext;

/**
 * How long a parser may spend on one page: it calls {@link #check()} as it goes (each line, each entry), and the
 * page is abandoned with {@link OverBudget} once the time is up, instead of holding its partition. The clock is read
 * every 64th check only: a check costs next to nothing.
 */
public final class PageBudget {

    /** No limit: the offline command parses every page to its end. */
    public static final PageBudget UNLIMITED = new PageBudget(Long.MAX_VALUE);

    /** A page took longer than its budget. */
    public static final class OverBudget extends RuntimeException {
        OverBudget(long budgetNanos) {
            super("parsing took longer than the page budget of " + budgetNanos / 1_000_000 + " ms");
        }
    }

    private final long budgetNanos;
    private final long startedAt;
    private int checks;

    private PageBudget(long budgetNanos) {
        this.budgetNanos = budgetNanos;
        this.startedAt = System.nanoTime();
    }

    /** A budget that starts now. */
    public static PageBudget startingNow(long budgetNanos) {
        return new PageBudget(budgetNanos);
    }

    /** @throws OverBudget when the budget is spent */
    public void check() {
        if (budgetNanos != Long.MAX_VALUE && (checks++ & 63) == 0 && System.nanoTime() - startedAt > budgetNanos) {
            throw new OverBudget(budgetNanos);
        }
    }
}
