package org.aqea.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.aqea.edition.Edition;
import org.aqea.lexicon.TakenLanguages;
import org.aqea.edition.Editions;
import org.aqea.partition.BalancedRanges;
import org.aqea.partition.TitleRanges;

/**
 * The checked parameters of an extraction run, whoever starts it (our API, Liberty's batch API, Admin Center). The
 * job checks them itself; the API checks them first only to answer at once.
 *
 * @param edition    edition code ({@code de}): which Wiktionary the dump is of (not a language of its entries), or
 *                   {@code wikidata} for Wikidata's lexemes
 * @param dump       path or http(s) URL of the dump, as given
 * @param ranges     title ranges the partitions cover, when given
 * @param partitions instead of ranges: this many letter ranges balanced by pages
 * @param complete   the dump holds the whole edition, so that what it lacks may be deprecated
 * @param languages  the language codes whose entries the run takes, when given; else the edition's default
 *                   ({@link Edition#defaultLanguages}: all for Wiktionary, those with an AQEA domain for Wikidata)
 * @param incremental the dump is a day of the edition's incremental dumps ({@link IncrementalDay}): the run updates the
 *                   pages it holds and touches no other
 * @param force      an incremental day is applied although days before it are missing
 * @param live       the run reads the changes since the last run from the wiki's Action API (the dump is its
 *                   {@code api.php}): it updates the pages they name and touches no other
 * @param minimumScore the least score of a translation the run keeps, for an edition whose translations are scored
 *                   ({@link Edition#scoresTranslations}); null for the edition's own
 * @param meanings   the run's last step embeds the live entries of its edition for search by meaning (only those
 *                   whose meaning text changed); off by default, as the embedding costs more CPU than the extraction
 */
public record RunParameters(String edition, String dump, List<String> ranges, Integer partitions, Integer threads,
                            int chunkSize, int skipLimit, boolean complete, String faultAt, List<String> languages,
                            boolean incremental, boolean force, boolean live, Integer minimumScore, boolean meanings) {

    public static final String EDITION = "edition";
    /** The edition's earlier name: accepted from callers that still send it. */
    public static final String EDITION_ALIAS = "language";
    public static final String DUMP = "dump";
    public static final String RANGES = "ranges";
    public static final String PARTITIONS = "partitions";
    public static final String THREADS = "threads";
    public static final String CHUNK_SIZE = "chunkSize";
    public static final String SKIP_LIMIT = "skipLimit";
    public static final String COMPLETE = "complete";
    public static final String LANGUAGES = "languages";
    public static final String INCREMENTAL = "incremental";
    public static final String FORCE = "force";
    public static final String LIVE = "live";
    public static final String MINIMUM_SCORE = "minimumScore";
    public static final String MEANINGS = "meanings";
    public static final int MAX_MINIMUM_SCORE = 1_000;
    public static final int MAX_LANGUAGES = 500;
    /** Test-only: {@code <range>:<n>} fails that partition after n pages in the first execution of a run. */
    public static final String FAULT_AT = "faultAt";
    /** Given to a restart: deprecate even more than {@link Deprecation#HOLD_SHARE} of the edition's entries. */
    public static final String CONFIRM_DEPRECATION = "confirmDeprecation";

    public static final int MAX_CHUNK_SIZE = 5_000;
    public static final int MAX_THREADS = 64;
    public static final int MAX_SKIP_LIMIT = 1_000_000;
    public static final int DEFAULT_SKIP_LIMIT = 1_000;
    /** The split by single letters that a partition count needs to balance its ranges. */
    static final List<String> SINGLE_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".chars()
            .mapToObj(letter -> String.valueOf((char) letter)).toList();

    /**
     * Checks job parameters.
     *
     * @param defaultChunkSize chunk size when none is given
     * @param faultsAllowed    whether the test-only {@link #FAULT_AT} is accepted
     * @throws RunRefusal {@link RunRefusal#INVALID_PARAMETERS} naming what is wrong and what is allowed
     */
    public static RunParameters of(Properties parameters, int defaultChunkSize, boolean faultsAllowed) {
        String edition = editionOf(parameters);
        if (edition == null) {
            throw invalid("'" + EDITION + "' is missing");
        }
        if (Editions.of(edition).isEmpty()) {
            throw invalid("unknown edition '" + edition + "'; Wiktionary editions supported so far: " + Editions.codes());
        }
        String dump = required(parameters, DUMP);
        if (dump.length() > 2_000) {
            throw invalid("dump: at most 2000 characters");
        }
        List<String> ranges = optional(parameters, RANGES) == null ? null
                : Arrays.asList(parameters.getProperty(RANGES).split(","));
        Integer partitions = number(parameters, PARTITIONS, 1, BalancedRanges.MAX,
                " (letter ranges; the catch-all range comes in addition)");
        if (partitions != null && ranges != null && !ranges.equals(SINGLE_LETTERS)) {
            throw invalid("give either ranges or a partition count, not both");
        }
        if (partitions == null) {
            try {
                TitleRanges.parse(ranges == null ? TitleRanges.DEFAULT_SPEC : ranges);
            } catch (IllegalArgumentException e) {
                throw invalid("ranges: " + e.getMessage());
            }
        }
        Integer threads = number(parameters, THREADS, 1, MAX_THREADS, "");
        Integer chunkSize = number(parameters, CHUNK_SIZE, 1, MAX_CHUNK_SIZE, " pages");
        Integer skipLimit = number(parameters, SKIP_LIMIT, 0, MAX_SKIP_LIMIT, "");
        boolean complete = flag(parameters, COMPLETE);
        boolean incremental = flag(parameters, INCREMENTAL);
        boolean force = flag(parameters, FORCE);
        boolean live = flag(parameters, LIVE);
        if (live) {
            if (!Editions.of(edition).orElseThrow().hasIncrementalDumps()) {
                throw invalid("the live wiki is followed for Wiktionary editions, not '" + edition + "'");
            }
            if (incremental || force || complete) {
                throw invalid("a live run reads the wiki's changes since the last run: incremental, force and complete"
                        + " do not apply");
            }
            if (!DumpPolicy.isUrl(dump)) {
                throw invalid("a live run reads the wiki's Action API: dump must be its api.php URL, not '" + dump + "'");
            }
        } else if (incremental) {
            if (!Editions.of(edition).orElseThrow().hasIncrementalDumps()) {
                throw invalid("incremental dumps are read for Wiktionary editions, not '" + edition + "'");
            }
            if (complete) {
                throw invalid("an incremental dump holds the pages changed on a day, never the whole edition: complete must not be true");
            }
            IncrementalDay.of(dump);
        } else if (force) {
            throw invalid("force applies an incremental day although days before it are missing; this run is not incremental");
        } else if (IncrementalDay.isIncrementalDump(dump)) {
            throw invalid("'" + dump.substring(dump.lastIndexOf('/') + 1) + "' is a day of incremental dumps: read it with"
                    + " the source 'wiktionary-incremental'");
        }
        Integer minimumScore = minimumScore(Editions.of(edition).orElseThrow(), optional(parameters, MINIMUM_SCORE));
        String faultAt = optional(parameters, FAULT_AT);
        if (faultAt != null && !faultsAllowed) {
            throw invalid("faultAt is a test switch; this server does not accept it");
        }
        if (faultAt != null && !faultAt.matches("[A-Za-z-]{1,16}:\\d{1,9}")) {
            throw invalid("faultAt must be <range>:<pages>, not '" + faultAt + "'");
        }
        return new RunParameters(edition, dump, partitions == null ? ranges : null, partitions, threads,
                chunkSize == null ? defaultChunkSize : chunkSize, skipLimit == null ? DEFAULT_SKIP_LIMIT : skipLimit,
                complete, faultAt, languages(parameters), incremental, force, live, minimumScore, flag(parameters, MEANINGS));
    }

    /**
     * The least score of a translation kept, as given (null for none), checked: a whole number, for an edition whose
     * translations are scored.
     */
    public static Integer minimumScore(Edition edition, String given) {
        Integer minimumScore = number(MINIMUM_SCORE, given, 1, MAX_MINIMUM_SCORE, "");
        if (minimumScore != null && !edition.scoresTranslations()) {
            throw invalid("minimumScore keeps the translations scored at least that much; the edition '" + edition.code()
                    + "' scores none (PanLex does)");
        }
        return minimumScore;
    }

    /**
     * Checks the parameters the job reads from every execution's own parameters, restarts included: the chunk
     * size and the skip limit.
     */
    public static void checkChunking(Properties parameters) {
        number(parameters, CHUNK_SIZE, 1, MAX_CHUNK_SIZE, " pages");
        number(parameters, SKIP_LIMIT, 0, MAX_SKIP_LIMIT, "");
    }

    /** The same parameters reading the dump from where the dump policy resolved it. */
    public RunParameters withDump(String checkedDump) {
        return new RunParameters(edition, checkedDump, ranges, partitions, threads, chunkSize, skipLimit, complete, faultAt,
                languages, incremental, force, live, minimumScore, meanings);
    }

    /**
     * Whether the run updates only the pages it reads (a day of incremental dumps, the live wiki's changes): it reads
     * redirects too, takes a page only in a newer revision than the lexicon holds, and deprecates only what vanished
     * from the pages it took.
     */
    public boolean readsChangedPagesOnly() {
        return incremental || live;
    }

    /**
     * The language codes whose entries the run takes and, if complete, deprecates; empty for all. A run never touches
     * the entries of the languages it does not take.
     */
    public TakenLanguages takenLanguages() {
        return takenLanguages(Editions.of(edition).orElseThrow(), languages);
    }

    /** The languages given ({@link #parseLanguages}), or when none the edition's default. */
    public static TakenLanguages takenLanguages(Edition edition, List<String> languages) {
        return new TakenLanguages(languages != null ? Optional.of(Set.copyOf(languages)) : edition.defaultLanguages());
    }

    private static List<String> languages(Properties parameters) {
        String value = optional(parameters, LANGUAGES);
        return value == null ? null : parseLanguages(value);
    }

    /**
     * Language codes separated by commas ({@code de,en,nds}).
     *
     * @throws RunRefusal {@link RunRefusal#INVALID_PARAMETERS} naming a code that is none, or too many
     */
    public static List<String> parseLanguages(String value) {
        List<String> codes = Arrays.stream(value.split(",")).map(String::trim).filter(code -> !code.isEmpty()).distinct().toList();
        if (codes.isEmpty() || codes.size() > MAX_LANGUAGES) {
            throw invalid("languages: 1 to " + MAX_LANGUAGES + " language codes, or leave it out for the edition's default");
        }
        for (String code : codes) {
            if (!code.matches("[a-z]{2,3}(-[a-z]{2,8})*")) {
                throw invalid("languages: '" + code + "' is no language code (such as de, en, nds, zh-min-nan)");
            }
        }
        return codes;
    }

    /** The edition the parameters name, under its name or its earlier one ({@value #EDITION_ALIAS}), or null. */
    public static String editionOf(Properties parameters) {
        String edition = optional(parameters, EDITION);
        return edition != null ? edition : optional(parameters, EDITION_ALIAS);
    }

    /** The ranges the dump is split into: the partitions' ranges, or single letters to balance them from. */
    public List<String> splitRanges() {
        return partitions != null ? SINGLE_LETTERS : ranges == null ? TitleRanges.DEFAULT_SPEC : ranges;
    }

    public TitleRanges splitTitleRanges() {
        return TitleRanges.parse(splitRanges());
    }

    /** As job parameters: what {@link #of} reads back to an equal value. */
    public Properties toProperties() {
        Properties properties = new Properties();
        properties.setProperty(EDITION, edition);
        properties.setProperty(DUMP, dump);
        if (ranges != null) {
            properties.setProperty(RANGES, String.join(",", ranges));
        }
        set(properties, PARTITIONS, partitions);
        set(properties, THREADS, threads);
        properties.setProperty(CHUNK_SIZE, Integer.toString(chunkSize));
        properties.setProperty(SKIP_LIMIT, Integer.toString(skipLimit));
        properties.setProperty(COMPLETE, Boolean.toString(complete));
        if (faultAt != null) {
            properties.setProperty(FAULT_AT, faultAt);
        }
        if (languages != null) {
            properties.setProperty(LANGUAGES, String.join(",", languages));
        }
        if (incremental) {
            properties.setProperty(INCREMENTAL, "true");
            properties.setProperty(FORCE, Boolean.toString(force));
        }
        if (live) {
            properties.setProperty(LIVE, "true");
        }
        set(properties, MINIMUM_SCORE, minimumScore);
        if (meanings) {
            properties.setProperty(MEANINGS, "true");
        }
        return properties;
    }

    /** Parameters as stored with the run, listed with the execution. */
    public List<String> describe() {
        List<String> described = new ArrayList<>();
        toProperties().forEach((name, value) -> described.add(name + "=" + value));
        described.sort(null);
        return described;
    }

    private static void set(Properties properties, String name, Integer value) {
        if (value != null) {
            properties.setProperty(name, value.toString());
        }
    }

    private static String required(Properties parameters, String name) {
        String value = optional(parameters, name);
        if (value == null) {
            throw invalid("'" + name + "' is missing");
        }
        return value;
    }

    private static String optional(Properties parameters, String name) {
        String value = parameters.getProperty(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static boolean flag(Properties parameters, String name) {
        String value = optional(parameters, name);
        if (value != null && !value.equals("true") && !value.equals("false")) {
            throw invalid(name + " must be true or false, not '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    private static Integer number(Properties parameters, String name, int min, int max, String unit) {
        return number(name, optional(parameters, name), min, max, unit);
    }

    private static Integer number(String name, String value, int min, int max, String unit) {
        if (value == null) {
            return null;
        }
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw invalid(name + " must be a whole number from " + min + " to " + max + unit + ", not '" + value + "'");
        }
        if (number < min || number > max) {
            throw invalid(name + " must be " + min + " to " + max + unit + ", not " + number);
        }
        return number;
    }

    private static RunRefusal invalid(String message) {
        return new RunRefusal(RunRefusal.INVALID_PARAMETERS, message);
    }
}
