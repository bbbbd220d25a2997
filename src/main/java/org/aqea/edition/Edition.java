package org.aqea.edition;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aqea.dump.DumpReader;
import org.aqea.dump.PageStream;
import org.aqea.lexicon.LexicalEntry;

/**
 * A source of entries the product can read: a Wiktionary edition, or Wikidata's lexemes (the edition
 * {@code wikidata}, whose dump is read as one page a lexeme). One package per edition ({@code org.aqea.dewiktionary},
 * ...) holds its parser, its language table and its section vocabulary, and registers its {@code Edition} in
 * {@code META-INF/services/org.aqea.edition.Edition}. The job, the offline command and the dashboard find editions
 * through {@link Editions}; nothing outside the edition's package names it. The defaults are a Wiktionary's.
 */
public interface Edition {

    /** Wikimedia's names of full article dumps: {@code dewiktionary-20241020-pages-articles-multistream.xml.bz2}. */
    Pattern FULL_WIKTIONARY_DUMP = Pattern.compile(
            "([a-z_]+wiktionary)-(\\d{8}|latest)-pages-articles(-multistream)?\\.xml(\\.bz2|\\.gz)?");

    /** The wiki's language code, as in {@code de.wiktionary.org}: {@code de}. */
    String code();

    /** For people: {@code German Wiktionary}. */
    String name();

    /** The {@code source} of a job request that reads a Wiktionary edition's full dumps. */
    String WIKTIONARY_DUMP = "wiktionary-dump";
    /** The {@code source} of a job request that reads a day of a Wiktionary edition's incremental dumps. */
    String WIKTIONARY_INCREMENTAL = "wiktionary-incremental";
    /** The {@code source} of a job request that reads a Wiktionary edition's changes since the last from its wiki's API. */
    String WIKTIONARY_LIVE = "wiktionary-live";

    /** The {@code source} of a job request that reads the edition's dumps. */
    default String jobSource() {
        return WIKTIONARY_DUMP;
    }

    /**
     * Whether Wikimedia publishes daily incremental dumps of the edition that a run can apply, and a live run can
     * follow its wiki's changes.
     */
    default boolean hasIncrementalDumps() {
        return jobSource().equals(WIKTIONARY_DUMP);
    }

    /** The wiki's database name, as dumps name it: {@code dewiktionary}. */
    default String siteDatabase() {
        return code() + "wiktionary";
    }

    /** The address of a page of the edition's wiki, for links from the entries to their source. */
    default String pageUrl(String title, long pageId) {
        return "https://" + code() + ".wiktionary.org/wiki/"
                + URLEncoder.encode(title.replace(' ', '_'), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The language an entry's glosses, labels and hypernyms are written in, which the field classifier reads them in:
     * a Wiktionary edition writes every entry in its own language ({@code de} glosses for English words too).
     */
    default String glossLanguage(LexicalEntry entry) {
        return code();
    }

    /** The source's own id of an entry's page where it has one beside the page id (Wikidata's {@code L1347}). */
    default Optional<String> sourceId(long pageId) {
        return Optional.empty();
    }

    /**
     * The language codes whose entries a run takes when it names none, or empty for all: a Wiktionary edition's runs
     * take every language its pages hold.
     */
    default Optional<Set<String>> defaultLanguages() {
        return Optional.empty();
    }

    /** The licence of the sources that give their data into the public domain (Wikidata, PanLex). */
    String CC0 = "CC0 1.0";
    String CC0_URL = "https://creativecommons.org/publicdomain/zero/1.0/";

    /** The licence of the edition's text, for the attribution every entry carries. */
    default String licence() {
        return "CC BY-SA 4.0";
    }

    default String licenceUrl() {
        return "https://creativecommons.org/licenses/by-sa/4.0/";
    }

    /** The dump's pages, decompressed on the reader's thread. */
    default PageStream openDump(Path file) throws IOException {
        return DumpReader.open(file);
    }

    /** Whether its translations carry a score, so that a run may keep only those scored at least a minimum. */
    default boolean scoresTranslations() {
        return false;
    }

    /** The dump's pages, decompressed on other threads ({@link DumpReader#openDecompressingInParallel}). */
    default PageStream openDump(Path file, DumpReading reading) throws IOException {
        return DumpReader.openDecompressingInParallel(file, reading.decoderThreads(), reading.lbzip2());
    }

    /**
     * Why a dump whose siteinfo names the wiki {@code siteDatabase} must not be read as this edition, or empty when
     * it may: a dump of another Wiktionary would be parsed with the wrong edition's vocabulary and give wrong entries.
     * A dump that names no wiki, or a wiki that is no Wiktionary, is the user's to vouch for.
     */
    default Optional<String> dumpMismatch(Optional<String> siteDatabase) {
        String wiki = siteDatabase();
        return siteDatabase.filter(site -> site.endsWith("wiktionary") && !site.equals(wiki))
                .map(site -> "the dump is of " + site + ", not of " + wiki + ": read it with the edition '"
                        + site.substring(0, site.length() - "wiktionary".length()) + "'");
    }

    /**
     * Whether a file of this name, whose siteinfo names the wiki {@code siteDatabase}, is a full dump of the edition
     * (so that what it lacks may be deprecated): its name says {@code pages-articles} of the wiki and the dump agrees.
     */
    default boolean isFullDump(String fileName, Optional<String> siteDatabase) {
        Matcher name = FULL_WIKTIONARY_DUMP.matcher(fileName);
        String wiki = siteDatabase();
        return name.matches() && name.group(1).equals(wiki) && siteDatabase.map(wiki::equals).orElse(false);
    }

    /**
     * Whether the edition's entries, whose source names no part of speech, join the lexeme of known class that has
     * their language and lemma where there is exactly one (PanLex), rather than keying a lexeme of unknown class.
     */
    default boolean joinsLexemesByLemma() {
        return false;
    }

    /** A parser for the edition's pages; a parser serves one thread. */
    PageParser newParser();

    /**
     * Whether the parser wants a page outside the main namespace that the dump holds (the English edition reads its
     * wiki's language data modules); such pages are handed to {@link #newParser(Map)}.
     */
    default boolean readsSitePage(String title) {
        return false;
    }

    /** A parser that also knows the site pages of the dump it reads ({@link #readsSitePage}), text by title. */
    default PageParser newParser(Map<String, String> sitePages) {
        return newParser();
    }

    /**
     * The parsers of one run, sharing what they must know of the whole run before they parse a page (Wikidata: the
     * lemma and language of every lexeme that a sense id names, and which lexemes are homographs of each other): built
     * once a run, then asked for one parser a thread. Only an edition that needs it reads {@code pages}.
     */
    default Supplier<PageParser> parsersOfRun(Map<String, String> sitePages, RunPages pages) throws IOException {
        return () -> newParser(sitePages);
    }
}
