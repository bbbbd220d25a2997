package org.aqea.meaning;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * Entries' meaning vectors in an approximate nearest-neighbour index (Lucene's HNSW graphs), searched with a filter
 * on language and part of speech. The index lives in a folder of its own, read through the operating system's page
 * cache rather than the heap; it is a copy of what the lexicon stores and is built again from there when lost. Safe
 * for one writer and any number of readers at a time.
 */
public final class MeaningIndex implements Closeable {

    private static final String KEY = "key";
    private static final String LANG = "lang";
    private static final String POS = "pos";
    private static final String VECTOR = "vector";

    /** An entry found: its key ({@code de/1234/0}) and the cosine of its vector and the query's. */
    public record Hit(String key, double similarity) {
    }

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    /** A new, empty index in {@code folder} (whatever the folder held is replaced). */
    public MeaningIndex(Path folder) throws IOException {
        directory = new MMapDirectory(folder);
        IndexWriterConfig config = new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, null);
    }

    /** Adds an entry, or replaces what the index had for its key. */
    public void put(String key, String lang, String pos, float[] vector) throws IOException {
        Document document = new Document();
        document.add(new StringField(KEY, key, Field.Store.YES));
        document.add(new StringField(LANG, lang == null ? "" : lang, Field.Store.NO));
        document.add(new StringField(POS, pos, Field.Store.NO));
        document.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        writer.updateDocument(new Term(KEY, key), document);
    }

    public void remove(String key) throws IOException {
        writer.deleteDocuments(new Term(KEY, key));
    }

    /** Makes what was put and removed visible to searches. */
    public void publish() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** How many entries searches see. */
    public int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** The {@code k} entries nearest to {@code vector}, nearest first; {@code lang} and {@code pos} filter when given. */
    public List<Hit> nearest(float[] vector, int k, String lang, String pos) throws IOException {
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        boolean filtered = false;
        if (lang != null && !lang.isBlank()) {
            filter.add(new TermQuery(new Term(LANG, lang)), BooleanClause.Occur.FILTER);
            filtered = true;
        }
        if (pos != null && !pos.isBlank()) {
            filter.add(new TermQuery(new Term(POS, pos)), BooleanClause.Occur.FILTER);
            filtered = true;
        }
        Query query = new KnnFloatVectorQuery(VECTOR, vector, k, filtered ? filter.build() : null);
        IndexSearcher searcher = searchers.acquire();
        try {
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc found : searcher.search(query, k).scoreDocs) {
                // Lucene scores a dot product of unit vectors as (1 + cosine) / 2.
                hits.add(new Hit(searcher.storedFields().document(found.doc).get(KEY), 2.0 * found.score - 1));
            }
            return hits;
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        IOUtils.close(searchers, writer, directory);
    }
}
