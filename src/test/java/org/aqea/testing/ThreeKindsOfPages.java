package org.aqea.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A generator of made-up pages that takes turns: a lemma page of one of three kinds (a noun, a verb, an adjective),
 * the page of its inflected form in -s, and a page of another language only. An edition's generator writes the three
 * pages in its layout. Deterministic for a seed.
 */
abstract class ThreeKindsOfPages {

    protected final Random random;
    protected final MadeUpWords madeUp;
    private final String[] syllables;
    private long nextId = 1;
    private final Set<String> titles = new HashSet<>();

    ThreeKindsOfPages(long seed, String[] syllables) {
        this.random = new Random(seed);
        this.syllables = syllables;
        this.madeUp = new MadeUpWords(random, syllables, 4);
    }

    public final List<DumpFiles.Page> pages(int count) {
        List<DumpFiles.Page> pages = new ArrayList<>(count);
        titles.clear();
        while (pages.size() < count) {
            String lemma = madeUp.word();
            for (int n = 2; titles.contains(lemma) || titles.contains(lemma + "s"); n++) {
                lemma = madeUp.word() + syllables[n % syllables.length] + n;
            }
            titles.add(lemma);
            titles.add(lemma + "s");
            int kind = random.nextInt(3);
            pages.add(DumpFiles.Page.article(nextId++, lemma, lemmaPage(lemma, kind)));
            if (pages.size() < count) {
                pages.add(DumpFiles.Page.article(nextId++, lemma + "s", formPage(lemma, kind)));
            }
            if (pages.size() < count) {
                String foreign = madeUp.word() + "-" + nextId;
                pages.add(DumpFiles.Page.article(nextId++, foreign, foreignPage(foreign)));
            }
        }
        return pages;
    }

    /** The page of a lemma: {@code kind} 0 a noun, 1 a verb, 2 an adjective. */
    abstract String lemmaPage(String lemma, int kind);

    /** The page of the lemma's form in -s, of the same kind. */
    abstract String formPage(String lemma, int kind);

    /** A page of another language only. */
    abstract String foreignPage(String title);
}
