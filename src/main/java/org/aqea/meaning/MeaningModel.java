package org.aqea.meaning;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/**
 * The sentence-embedding model that places meaning texts ({@link MeaningText}) in one space: all-MiniLM-L6-v2,
 * quantized, run in the JVM by LangChain4j over ONNX Runtime (the model ships in its Maven artifact). Chosen over the
 * full-precision model because it is faster at the same quality ({@code MeaningSearchQualityTest} measures both).
 * One instance serves a process: its native libraries load once per JVM.
 * Vectors are of unit length, so a dot product is their cosine.
 */
public final class MeaningModel {

    /** The model's name as stored beside each vector: a vector of another model is computed again. */
    public static final String NAME = "all-MiniLM-L6-v2-q";
    public static final int DIMENSIONS = 384;

    private static volatile MeaningModel shared;

    private final EmbeddingModel model;

    MeaningModel(EmbeddingModel model) {
        this.model = model;
    }

    /** The process's model, loaded at the first call. */
    public static MeaningModel shared() {
        MeaningModel loaded = shared;
        if (loaded == null) {
            synchronized (MeaningModel.class) {
                loaded = shared;
                if (loaded == null) {
                    loaded = new MeaningModel(new AllMiniLmL6V2QuantizedEmbeddingModel());
                    shared = loaded;
                }
            }
        }
        return loaded;
    }

    public float[] embed(String text) {
        return unit(model.embed(text).content().vector());
    }

    /** The texts' vectors in their order; the model spreads the work over the machine's cores. */
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model.embedAll(segments).content().stream().map(Embedding::vector).map(MeaningModel::unit).toList();
    }

    static float[] unit(float[] vector) {
        double sum = 0;
        for (float value : vector) {
            sum += value * value;
        }
        float norm = (float) Math.sqrt(sum);
        if (norm == 0) {
            return vector;
        }
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] / norm;
        }
        return unit;
    }
}
