package org.aqea.extraction;

import java.util.ArrayList;
import java.util.List;
import org.aqea.address.Allocation;
import org.aqea.address.AqeaConverter;
import org.aqea.address.AqeaEntry;
import org.aqea.address.KeyedEntry;
import org.aqea.dump.DumpPage;
import org.aqea.dump.DumpReader;
import org.aqea.edition.PageParser;
import org.aqea.lexicon.LexicalEntry;
import org.aqea.lexicon.TakenLanguages;
import org.aqea.quality.EntryQuality;
import org.aqea.quality.EntryValidator;
import org.aqea.wikitext.PageBudget;

/**
 * What happens to a page after it is read, the same for the job, the offline command and the import: parse with the
 * edition's parser, keep the run's languages, validate, key and classify each entry, describe it. Whatever one page
 * does to any of these (an exception, a stack overflow, its budget spent) rejects that page alone, with the reason.
 * An instance serves one thread, like the parser it holds.
 */
public final class ExtractionPipeline {

    private final PageParser parser;
    private final TakenLanguages languages;
    private final AqeaConverter converter = new AqeaConverter();

    /**
     * @param parser    the edition's parser, or null for a pipeline that only takes entries already parsed
     *                  ({@link #ofEntries})
     * @param languages the languages whose entries the run takes
     */
    public ExtractionPipeline(PageParser parser, TakenLanguages languages) {
        this.parser = parser;
        this.languages = languages;
    }

    /** A pipeline for entries read back (the import): no parser, every language. */
    public static ExtractionPipeline ofParsedEntries() {
        return new ExtractionPipeline(null, TakenLanguages.ALL);
    }

    /**
     * The page's entries of the run's languages, each with its lexeme, AQEA fields and quality.
     *
     * @throws PageRejectedException when the page is too long, takes longer than its budget or defeats any step
     */
    public List<ExtractedEntry> of(DumpPage page, PageBudget budget) throws PageRejectedException {
        if (page.textCut()) {
            throw new PageRejectedException("page of " + page.textLength() + " characters, more than "
                    + DumpReader.MAX_TEXT_CHARS + " (read no further)", null);
        }
        try {
            return described(languages.of(parser.parse(page, budget)));
        } catch (PageBudget.OverBudget e) {
            throw new PageRejectedException(e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new PageRejectedException("the page could not be extracted: " + e, e);
        }
    }

    /**
     * Entries of one page already parsed (lines of an export): validated, keyed and classified as {@link #of} does.
     *
     * @throws PageRejectedException when any step fails on them
     */
    public List<ExtractedEntry> ofEntries(List<LexicalEntry> entries) throws PageRejectedException {
        try {
            return described(entries);
        } catch (RuntimeException | StackOverflowError e) {
            throw new PageRejectedException("the page's entries could not be processed: " + e, e);
        }
    }

    private List<ExtractedEntry> described(List<LexicalEntry> entries) {
        List<EntryQuality> qualities = EntryValidator.checkPage(entries);
        List<KeyedEntry> lexemes = converter.lexemesOfPage(entries);
        List<ExtractedEntry> extracted = new ArrayList<>(lexemes.size());
        for (int i = 0; i < lexemes.size(); i++) {
            extracted.add(new ExtractedEntry(lexemes.get(i), converter.toAqea(lexemes.get(i), null), qualities.get(i)));
        }
        return extracted;
    }

    /** The AQEA fields of an entry; {@code allocation} is null while its address is still to be allocated. */
    public AqeaEntry aqea(ExtractedEntry entry, Allocation allocation) {
        return converter.toAqea(entry.keyed(), allocation);
    }
}
