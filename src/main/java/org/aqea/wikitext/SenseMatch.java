package org.aqea.wikitext;

import java.util.List;
import java.util.Locale;
import org.aqea.lexicon.Sense;

/**
 * The sense a translation table or a list heading names: by its number where it gives one, else the one sense whose
 * gloss begins the table's gloss or begins with it, else none. A wrong sense is worse than none: where two senses
 * match, none is taken.
 */
public final class SenseMatch {

    private SenseMatch() {
    }

    /** The sense's id as a list of one, or an empty list; the only sense of a part of speech is always the one. */
    public static List<String> of(String number, String gloss, List<Sense> senses) {
        String id = find(number, gloss, senses);
        return id == null ? List.of() : List.of(id);
    }

    /** The id of the sense named by number, else the only sense, else the one named by gloss, or {@code null}. */
    public static String find(String number, String gloss, List<Sense> senses) {
        String byNumber = byNumber(number, senses);
        if (byNumber != null) {
            return byNumber;
        }
        return senses.size() == 1 ? senses.get(0).id() : byGloss(gloss, senses);
    }

    /** The id of the sense named by number or gloss among these, or {@code null}. */
    public static String byNumberOrGloss(String number, String gloss, List<Sense> senses) {
        String byNumber = byNumber(number, senses);
        return byNumber != null ? byNumber : byGloss(gloss, senses);
    }

    private static String byNumber(String number, List<Sense> senses) {
        if (!number.isEmpty()) {
            for (Sense sense : senses) {
                if (sense.id().equals(number)) {
                    return sense.id();
                }
            }
        }
        return null;
    }

    private static String byGloss(String gloss, List<Sense> senses) {
        String wanted = comparable(gloss);
        if (wanted.length() < 3) {
            return null;
        }
        String found = null;
        for (Sense sense : senses) {
            String senseGloss = comparable(sense.gloss());
            if (senseGloss.length() >= 3 && (senseGloss.startsWith(wanted) || wanted.startsWith(senseGloss))) {
                if (found != null) {
                    return null;
                }
                found = sense.id();
            }
        }
        return found;
    }

    /** A gloss for comparison: lower case, without the final full stop and the spaces around it. */
    private static String comparable(String gloss) {
        String text = gloss.strip().toLowerCase(Locale.ROOT);
        while (text.endsWith(".") || text.endsWith(" ")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }
}
