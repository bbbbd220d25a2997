package org.aqea.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeaningIndexTest {

    @TempDir
    Path folder;

    private static float[] vector(double... values) {
        float[] vector = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            vector[i] = (float) values[i];
        }
        return MeaningModel.unit(vector);
    }

    private static List<String> keys(List<MeaningIndex.Hit> hits) {
        return hits.stream().map(MeaningIndex.Hit::key).toList();
    }

    @Test
    void nearestFirstFilteredByLanguageAndClassReplacedAndRemoved() throws IOException {
        try (MeaningIndex index = new MeaningIndex(folder)) {
            index.put("de/1/0", "de", "noun", vector(1, 0, 0));
            index.put("en/2/0", "en", "noun", vector(0.9, 0.1, 0));
            index.put("en/3/0", "en", "verb", vector(0, 1, 0));
            index.put("fr/4/0", "fr", "noun", vector(0, 0, 1));
            index.publish();
            assertEquals(4, index.size());
            List<MeaningIndex.Hit> hits = index.nearest(vector(1, 0, 0), 2, null, null);
            assertEquals(List.of("de/1/0", "en/2/0"), keys(hits));
            assertEquals(1.0, hits.get(0).similarity(), 1e-6, "the cosine, not Lucene's score");
            assertEquals(List.of("en/2/0", "en/3/0"), keys(index.nearest(vector(1, 0, 0), 5, "en", null)));
            assertEquals(List.of("en/3/0"), keys(index.nearest(vector(1, 0, 0), 5, "en", "verb")));

            index.put("en/2/0", "en", "noun", vector(0, 0.6, 0.8));
            index.remove("de/1/0");
            index.publish();
            assertEquals(3, index.size());
            assertEquals(List.of("en/3/0", "en/2/0", "fr/4/0"), keys(index.nearest(vector(0, 1, 0), 4, null, null)));
        }
    }
}
