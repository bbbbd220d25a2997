package org.aqea.panlex;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.aqea.address.Domains;
import org.aqea.dump.PageStream;
import org.aqea.edition.DumpReading;
import org.aqea.edition.Edition;
import org.aqea.edition.PageParser;
import org.aqea.lexicon.LexicalEntry;

/**
 * PanLex as a source beside the Wiktionary editions: the edition {@value #CODE}, whose dump is a CSV snapshot
 * ({@code panlex-20240301-csv.zip}) read as one page an expression with its translations ({@link ExpressionPages}).
 * A run takes the languages with an AQEA domain unless told, and translations scored {@value #MINIMUM_SCORE} or
 * more unless it sets its own minimum. Its data is CC0.
 */
public final class PanLexEdition implements Edition {

    public static final String CODE = "panlex";
    /** Translations scored lower are left out by default: one source of the lowest quality (0) attests nothing. */
    public static final int MINIMUM_SCORE = 1;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String name() {
        return "PanLex";
    }

    @Override
    public String jobSource() {
        return CODE;
    }

    @Override
    public boolean hasIncrementalDumps() {
        return false;
    }

    @Override
    public String siteDatabase() {
        return ExpressionPages.SITE_DATABASE;
    }

    /** PanLex's own servers are gone and its ids hold within one snapshot only: the project's page stands for all. */
    @Override
    public String pageUrl(String title, long pageId) {
        return "https://panlex.org/";
    }

    /**
     * The language of the entry's first definition (its own where it has one in it); an entry without definitions is
     * classified by its translations, read by its own language's rules.
     */
    @Override
    public String glossLanguage(LexicalEntry entry) {
        return entry.senses().isEmpty() || entry.senses().get(0).langCode() == null ? entry.langCode()
                : entry.senses().get(0).langCode();
    }

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

    /** Translations between the languages with an AQEA domain; a run narrows them further by its own. */
    @Override
    public PageStream openDump(Path file) throws IOException {
        return openDump(file, MINIMUM_SCORE, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** The join keeps the run's minimum score and spills into the run's scratch folder. */
    @Override
    public PageStream openDump(Path file, DumpReading reading) throws IOException {
        return openDump(file, reading.minimumScore().orElse(MINIMUM_SCORE), reading.scratch());
    }

    private static PageStream openDump(Path file, int minimumScore, Path scratch) throws IOException {
        return ExpressionPages.open(file, language -> Domains.of(language).isPresent(), minimumScore, scratch);
    }

    @Override
    public boolean scoresTranslations() {
        return true;
    }

    @Override
    public boolean isFullDump(String fileName, Optional<String> siteDatabase) {
        return PanLexSnapshot.NAME.matcher(fileName).matches() && siteDatabase.map(siteDatabase()::equals).orElse(false);
    }

    /** PanLex names no part of speech: its expression joins the lexeme of its word where there is one. */
    @Override
    public boolean joinsLexemesByLemma() {
        return true;
    }

    @Override
    public PageParser newParser() {
        return new ExpressionParser();
    }
}
