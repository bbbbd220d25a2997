package org.aqea.wikidata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.aqea.address.Domains;
import org.aqea.dump.DecodedDump;
import org.aqea.dump.PageStream;
import org.aqea.edition.DumpReading;
import org.aqea.edition.Edition;
import org.aqea.edition.PageParser;
import org.aqea.edition.RunPages;
import org.aqea.lexicon.LexicalEntry;

/**
 * Wikidata's lexemes as a source beside the Wiktionary editions: the edition {@value #CODE}, whose dump is
 * {@code latest-lexemes.json.bz2} read one page a lexeme ({@link LexemeDumpReader}), mapped by {@link LexemeParser}.
 * Its text is CC0.
 */
public final class WikidataEdition implements Edition {

    public static final String CODE = "wikidata";

    /** Wikimedia's names of the full lexemes dump: {@code latest-lexemes.json.bz2}, {@code wikidata-20261125-lexemes.json.gz}. */
    private static final Pattern FULL_DUMP = Pattern.compile("(latest|wikidata-\\d{8})-lexemes\\.json(\\.bz2|\\.gz)?");

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String name() {
        return "Wikidata Lexemes";
    }

    @Override
    public String jobSource() {
        return "wikidata-lexemes";
    }

    @Override
    public String siteDatabase() {
        return LexemeDumpReader.SITE_DATABASE;
    }

    @Override
    public String pageUrl(String title, long pageId) {
        return "https://www.wikidata.org/wiki/Lexeme:L" + pageId;
    }

    /** A lexeme's gloss is in its own language where it has one ({@link LexemeParser}), else mostly in English. */
    @Override
    public String glossLanguage(LexicalEntry entry) {
        return entry.langCode();
    }

    @Override
    public Optional<String> sourceId(long pageId) {
        return Optional.of("L" + pageId);
    }

    /** Wikidata holds lexemes of about a thousand languages; a run takes those with an AQEA domain unless told. */
    @Override
    public Optional<Set<String>> defaultLanguages() {
        return Optional.of(Domains.languages());
    }

    @Override
    public String licence() {
        return CC0;
    }

    @Override
    public String licenceUrl() {
        return CC0_URL;
    }

    @Override
    public PageStream openDump(Path file) throws IOException {
        return LexemeDumpReader.of(file.toString(), DecodedDump.open(file, 0));
    }

    @Override
    public PageStream openDump(Path file, DumpReading reading) throws IOException {
        return DecodedDump.openReader(file, reading.decoderThreads(), reading.lbzip2(),
                decoded -> LexemeDumpReader.of(file.toString(), decoded));
    }

    @Override
    public boolean isFullDump(String fileName, Optional<String> siteDatabase) {
        return FULL_DUMP.matcher(fileName).matches() && siteDatabase.map(siteDatabase()::equals).orElse(false);
    }

    /** Without the run's other lexemes: translations and synonyms are left out (with a warning), homographs not counted. */
    @Override
    public PageParser newParser() {
        return new LexemeParser(LexemeIndex.EMPTY);
    }

    @Override
    public Supplier<PageParser> parsersOfRun(Map<String, String> sitePages, RunPages pages) throws IOException {
        LexemeIndex index = LexemeIndex.of(pages);
        return () -> new LexemeParser(index);
    }
}
