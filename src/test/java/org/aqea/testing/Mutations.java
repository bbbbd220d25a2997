package org.aqea.testing;

import java.util.List;
import org.aqea.dump.DumpPage;
import org.aqea.extraction.ExtractionPipeline;
import org.aqea.extraction.PageRejectedException;
import org.aqea.wikitext.PageBudget;
import java.util.Random;

/** Random damage to wikitext, for the parsers' robustness tests: each edition's debris, the same kinds of edit. */
public final class Mutations {

    private Mutations() {
    }

    /**
     * The text with each language heading's name (group 1 of {@code heading}) replaced by a name drawn from
     * {@code names}, or one made up that no table knows: the variety of languages real dumps hold.
     */
    public static String withLanguages(String text, java.util.regex.Pattern heading, List<String> names, Random random) {
        return heading.matcher(text).replaceAll(match -> {
            String name = random.nextInt(10) == 0 ? "Madeup" + random.nextInt(1000) : names.get(random.nextInt(names.size()));
            String whole = match.group();
            return java.util.regex.Matcher.quoteReplacement(whole.substring(0, match.start(1) - match.start()) + name
                    + whole.substring(match.end(1) - match.start()));
        });
    }

    /**
     * The text with one to eight edits: debris inserted, a stretch deleted, the rest cut off, or a stretch of the
     * text repeated elsewhere.
     */
    public static String mutate(String text, String[] debris, Random random) {
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(8);
        for (int i = 0; i < edits && out.length() > 0; i++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(4)) {
                case 0 -> out.insert(at, debris[random.nextInt(debris.length)]);
                case 1 -> out.delete(at, Math.min(out.length(), at + random.nextInt(40)));
                case 2 -> out.setLength(at);
                default -> {
                    int from = random.nextInt(out.length());
                    out.insert(at, out.substring(from, Math.min(out.length(), from + random.nextInt(200))));
                }
            }
        }
        return out.toString();
    }

    /**
     * Five rounds over the pages, each page with its languages drawn from {@code languages} (or made up, see
     * {@link #withLanguages}) and then damaged ({@link #mutate}): the whole extraction pipeline must take every one.
     *
     * @return the pages extracted
     */
    public static int extractEveryDamagedPage(ExtractionPipeline pipeline, List<DumpFiles.Page> pages,
                                              java.util.regex.Pattern languageHeading, List<String> languages,
                                              String[] debris, Random random) {
        int extracted = 0;
        for (int round = 0; round < 5; round++) {
            for (DumpFiles.Page page : pages) {
                String text = mutate(withLanguages(page.text(), languageHeading, languages, random), debris, random);
                try {
                    pipeline.of(new DumpPage(page.title(), 0, page.id(), 1, "", text, null), PageBudget.UNLIMITED);
                } catch (PageRejectedException e) {
                    throw new AssertionError("a damaged page was rejected: " + e.getMessage() + "\n" + text, e);
                }
                extracted++;
            }
        }
        return extracted;
    }
}
