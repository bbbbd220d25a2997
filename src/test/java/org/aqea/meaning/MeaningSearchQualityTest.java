package org.aqea.meaning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quality of search by meaning, measured on the real pages of six editions ({@code ../shared/realdata}): every
 * entry with a meaning text is indexed; the entries of another language that an entry's translations name, or whose
 * translations name it, are its true neighbours (German {@code Hund} and English {@code dog}). Measured: the share of
 * the entries with true neighbours that find one among their ten nearest, and the recall of the index's ten nearest against an exact
 * search; for the quantized model the product ships and for the full-precision one. Fails below the numbers the
 * README states.
 */
class MeaningSearchQualityTest {

    /** The README's floors. */
    static final double CROSS_LANGUAGE_FLOOR = 0.60;
    static final double RECALL_FLOOR = 0.95;
    static final int K = 10;

    @TempDir
    Path folder;

    @Test
    void crossLanguageNeighboursAreFoundAndTheIndexAgreesWithAnExactSearch() throws IOException {
        MeaningTestSet set = MeaningTestSet.of(folder);
        List<String> texts = set.texts();
        long started = System.nanoTime();
        List<float[]> quantized = MeaningModel.shared().embedAll(texts);
        double quantizedSeconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        List<float[]> full = new MeaningModel(new AllMiniLmL6V2EmbeddingModel()).embedAll(texts);
        double fullSeconds = (System.nanoTime() - started) / 1e9;

        Quality shipped = measure(set, quantized, folder.resolve("q"));
        Quality precise = measure(set, full, folder.resolve("f"));
        System.out.printf("search by meaning on real pages: %d entries with a meaning text, %d with true neighbours in other languages;"
                        + " %s: %.1f%% find one in the top %d, recall@%d %.3f, %.0f texts/s; full precision: %.1f%%, %.3f,"
                        + " %.0f texts/s%n", set.members.size(), shipped.pairs, MeaningModel.NAME, 100 * shipped.crossLanguage, K,
                K, shipped.recall, texts.size() / quantizedSeconds, 100 * precise.crossLanguage, precise.recall,
                texts.size() / fullSeconds);
        assertTrue(set.members.size() > 800, "entries: " + set.members.size());
        assertTrue(shipped.pairs > 100, "a measure worth its name: " + shipped.pairs + " pairs");
        assertTrue(shipped.crossLanguage >= CROSS_LANGUAGE_FLOOR, "cross-language pairs found: " + shipped.crossLanguage);
        assertTrue(shipped.recall >= RECALL_FLOOR, "recall@10: " + shipped.recall);
        assertTrue(shipped.crossLanguage >= precise.crossLanguage - 0.03,
                "the quantized model is as good as the full one: " + shipped.crossLanguage + " and " + precise.crossLanguage);
    }

    private record Quality(int pairs, double crossLanguage, double recall) {
    }

    private static Quality measure(MeaningTestSet set, List<float[]> vectors, Path folder) throws IOException {
        try (MeaningIndex index = new MeaningIndex(folder)) {
            for (int i = 0; i < set.members.size(); i++) {
                MeaningTestSet.Member member = set.members.get(i);
                index.put(member.key(), member.entry().langCode(), member.entry().pos(), vectors.get(i));
            }
            index.publish();
            int pairs = 0;
            int found = 0;
            double recall = 0;
            for (int i = 0; i < set.members.size(); i++) {
                String key = set.members.get(i).key();
                List<String> nearest = index.nearest(vectors.get(i), K + 1, null, null).stream()
                        .map(MeaningIndex.Hit::key).filter(hit -> !hit.equals(key)).limit(K).toList();
                Set<String> exact = new HashSet<>(set.exactNearest(vectors, i, K));
                recall += nearest.stream().filter(exact::contains).count() / (double) exact.size();
                Set<String> neighbours = set.neighboursOf.getOrDefault(key, Set.of());
                if (!neighbours.isEmpty()) {
                    pairs++;
                    if (nearest.stream().anyMatch(neighbours::contains)) {
                        found++;
                    }
                }
            }
            return new Quality(pairs, pairs == 0 ? 0 : found / (double) pairs, recall / set.members.size());
        }
    }
}
