package org.aqea.panlex;

import java.util.List;

/**
 * An expression of a language a run takes, with its translations (the expressions of taken languages that share a
 * meaning with it, best first) and the definitions of its meanings in taken languages (its own language's first).
 *
 * @param id       the expression's id in its snapshot (ids are valid within one snapshot only)
 * @param variety  PanLex's language variety ({@code deu-000})
 * @param language the lexicon's language code ({@code de})
 */
public record PanLexExpression(int id, String variety, String language, String text,
                               List<PanLexTranslation> translations, List<PanLexGloss> definitions) {

    /**
     * @param wordClass the expression's part of speech in the meanings that give the translation ({@code noun}), or
     *                  {@code null} where PanLex names none
     * @param score   PanLex's translation quality: for each group of sources that share a meaning of both, the best
     *                quality (0 to 9) of those sources, summed over the groups
     * @param sources how many sources give the translation
     * @param labels  the best of them by quality, at most {@value PanLexJoin#LABELS}, such as {@code deu-eng:Langenscheidt}
     */
    public record PanLexTranslation(int id, String variety, String language, String text, String wordClass, int score,
                                    int sources, List<String> labels) {
    }

    /**
     * A definition of one of the expression's meanings.
     *
     * @param wordClass the expression's part of speech in that meaning, or {@code null} where PanLex names none
     * @param variety   the definition's language variety ({@code eng-000})
     * @param language  the lexicon's code of its language ({@code en})
     */
    public record PanLexGloss(String wordClass, String variety, String language, String text) {
    }
}
