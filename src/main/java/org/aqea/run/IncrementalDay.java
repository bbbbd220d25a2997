package org.aqea.run;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day of Wikimedia's incremental ("adds-changes") dumps of a wiki,
 * {@code <wiki>-<yyyymmdd>-pages-meta-hist-incr.xml.bz2}: every revision made since the previous day's dump. Days are
 * applied in order, each once, after a full run of the edition: the first day after a full dump of day D is D itself
 * (its changes overlap the full dump's; what the lexicon holds in a newer revision already is passed over).
 *
 * @param wiki the wiki's database name ({@code dewiktionary})
 */
public record IncrementalDay(String wiki, LocalDate day) {

    private static final Pattern NAME = Pattern.compile("([a-z_]+)-(\\d{8})-pages-meta-hist-incr\\.xml(?:\\.bz2|\\.gz)?");
    private static final DateTimeFormatter DUMP_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    /** Missing days named one by one up to this many; beyond, the first and the last. */
    private static final int NAMED_DAYS = 14;

    /**
     * The day a dump's location (a path or URL) names.
     *
     * @throws RunRefusal {@link RunRefusal#INVALID_PARAMETERS} when its file name is not an incremental dump's
     */
    public static IncrementalDay of(String location) {
        String name = location.substring(location.lastIndexOf('/') + 1);
        Matcher matcher = NAME.matcher(name);
        if (matcher.matches()) {
            try {
                return new IncrementalDay(matcher.group(1), LocalDate.parse(matcher.group(2), DUMP_DATE));
            } catch (DateTimeParseException e) {
                // falls through to the refusal
            }
        }
        throw new RunRefusal(RunRefusal.INVALID_PARAMETERS, "an incremental run reads a daily adds-changes dump named"
                + " <wiki>-<yyyymmdd>-pages-meta-hist-incr.xml.bz2 (as Wikimedia publishes it), not '" + name + "'");
    }

    /** Whether a dump's location (a path or URL) names a day of incremental dumps. */
    public static boolean isIncrementalDump(String location) {
        return NAME.matcher(location.substring(location.lastIndexOf('/') + 1)).matches();
    }

    /** The date of a full dump from its file name ({@code 20241020}), when it names one. */
    public static Optional<LocalDate> fullDumpDate(String date) {
        try {
            return date == null || !date.matches("\\d{8}") ? Optional.empty() : Optional.of(LocalDate.parse(date, DUMP_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Checks that this day may be applied to the edition now.
     *
     * @param lastApplied the last day applied to the edition, if any
     * @param fullDump    the date of the edition's last finished full dump, if any
     * @param force       apply it although days are missing before it, or unknown
     * @throws RunRefusal {@link RunRefusal#DAY_REFUSED} saying why
     */
    public void checkFollows(String edition, Optional<LocalDate> lastApplied, Optional<LocalDate> fullDump, boolean force) {
        Optional<LocalDate> next = next(lastApplied, fullDump);
        if (next.isEmpty()) {
            if (force) {
                return;
            }
            throw refused("edition '" + edition + "' has no finished run of a dated full dump to follow: run its full"
                    + " dump (<wiki>-<yyyymmdd>-pages-articles.xml.bz2) first, or give force=true to apply this day"
                    + " without knowing the days before it (after a full run of a 'latest' dump, say)");
        }
        if (fullDump.isPresent() && next.get().equals(fullDump.get())) {
            if (day.isBefore(fullDump.get())) {
                throw refused("day " + day + " is older than the full dump of " + fullDump.get() + " the edition '"
                        + edition + "' was last read from");
            }
        } else if (!day.isAfter(lastApplied.orElseThrow())) {
            throw refused("day " + day + " of edition '" + edition + "' was applied already (the last day applied is "
                    + lastApplied.get() + ")");
        }
        if (day.isAfter(next.get()) && !force) {
            throw refused("days are missing before " + day + " for edition '" + edition + "': " + missing(next.get(), day)
                    + "; apply them first, or give force=true to apply this day without them");
        }
    }

    /**
     * The day to apply next: the day after the last one applied, or the day of the last full dump when that is newer
     * (a full run starts the days again from its own); empty when neither is known.
     */
    public static Optional<LocalDate> next(Optional<LocalDate> lastApplied, Optional<LocalDate> fullDump) {
        if (lastApplied.isPresent() && (fullDump.isEmpty() || !lastApplied.get().isBefore(fullDump.get()))) {
            return Optional.of(lastApplied.get().plusDays(1));
        }
        return fullDump;
    }

    private static String missing(LocalDate from, LocalDate before) {
        List<String> days = new ArrayList<>();
        for (LocalDate d = from; d.isBefore(before) && days.size() <= NAMED_DAYS; d = d.plusDays(1)) {
            days.add(d.toString());
        }
        return days.size() > NAMED_DAYS ? from + " to " + before.minusDays(1) : String.join(", ", days);
    }

    private static RunRefusal refused(String message) {
        return new RunRefusal(RunRefusal.DAY_REFUSED, message);
    }
}
