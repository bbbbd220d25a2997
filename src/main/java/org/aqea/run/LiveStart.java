package org.aqea.run;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;
import org.aqea.dump.UserAgent;

/**
 * Where a live run of an edition starts reading the wiki's recent changes: at the end of the last window applied, or
 * at the beginning of the day of the newest dump the lexicon holds (a full dump, or a day of incremental dumps),
 * whichever is later. Starting early only reads again what the lexicon holds already (a page is taken only in a newer
 * revision); starting late would lose changes, so a start older than the wiki's recent changes reach is refused.
 */
public final class LiveStart {

    /** How far back Wikimedia's wikis keep their recent changes ({@code $wgRCMaxAge}). */
    public static final Duration RECENT_CHANGES_KEPT = Duration.ofDays(30);

    private LiveStart() {
    }

    /**
     * @param lastWindow the end of the last window of live changes applied to the edition
     * @param lastDay    the last day of incremental dumps applied
     * @param fullDump   the day of the last full dump read
     * @throws RunRefusal {@link RunRefusal#LIVE_REFUSED} when none is known, or the start is too old
     */
    public static Instant since(String edition, Optional<Instant> lastWindow, Optional<LocalDate> lastDay,
                                Optional<LocalDate> fullDump, Instant now) {
        Instant since = Stream.of(lastWindow, lastDay.map(LiveStart::startOf), fullDump.map(LiveStart::startOf))
                .flatMap(Optional::stream).max(Instant::compareTo)
                .orElseThrow(() -> new RunRefusal(RunRefusal.LIVE_REFUSED, "edition '" + edition + "' has no finished run"
                        + " of a dated full dump (<wiki>-<yyyymmdd>-pages-articles.xml.bz2) to follow: run one first"));
        if (since.isBefore(now.minus(RECENT_CHANGES_KEPT))) {
            throw new RunRefusal(RunRefusal.LIVE_REFUSED, "edition '" + edition + "' was last brought up to " + since
                    + ", longer ago than the wiki keeps its recent changes (" + RECENT_CHANGES_KEPT.toDays() + " days): run a"
                    + " newer full dump, or the days of incremental dumps since, first");
        }
        return since;
    }

    /**
     * The API a live run reads: the one the operator set for the edition, whoever starts the run.
     *
     * @throws RunRefusal {@link RunRefusal#DUMP_NOT_ALLOWED} for another
     */
    public static String checkedApi(String edition, String requested, String configured) {
        if (!requested.equals(configured)) {
            throw new RunRefusal(RunRefusal.DUMP_NOT_ALLOWED, "a live run of edition '" + edition + "' reads the API the"
                    + " operator set (AQEA_WIKI_API_URL), " + configured + ", not " + requested);
        }
        return requested;
    }

    /**
     * The User-Agent of a live run's requests, which must name the operator, as Wikimedia's User-Agent policy asks.
     *
     * @throws RunRefusal {@link RunRefusal#LIVE_REFUSED} when no contact is set
     */
    public static String userAgent(Optional<String> operatorContact) {
        if (operatorContact.isEmpty()) {
            throw new RunRefusal(RunRefusal.LIVE_REFUSED, "a live run names its operator to the wiki, as Wikimedia's"
                    + " User-Agent policy asks: set AQEA_OPERATOR_CONTACT to your e-mail address or web page");
        }
        return UserAgent.of(operatorContact);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
