package org.aqea.batch;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.aqea.dump.DumpPage;
import org.aqea.edition.Edition;
import org.aqea.edition.PageParser;
import org.aqea.partition.PageShards;
import org.aqea.partition.TitleRange;
import org.aqea.partition.TitleRanges;

/**
 * The parsers of each running extraction ({@link Edition#parsersOfRun}), prepared once a run for all its partitions
 * from what the split step left in the run's work directory (site pages, shards): the partitions' threads ask at
 * once, the first prepares, the others wait for it. Only a cache: a restarted server prepares them again from the
 * same files, and the finish step forgets a run.
 */
@ApplicationScoped
public class RunParsers {

    /** Runs prepared at most at once; more only when runs of several editions overlap. */
    private static final int RUNS_KEPT = 4;

    private final Map<Long, Supplier<PageParser>> byInstance = new ConcurrentHashMap<>();

    /** A parser for one partition thread of the run. */
    public PageParser parserFor(long instanceId, Edition edition, TitleRanges splitRanges) {
        return parsersOf(instanceId, edition, splitRanges).get();
    }

    /**
     * Prepares the run's parsers now, if not yet: the partition mapper does it before the partitions begin, so that
     * the preparation (seconds to a minute for a big Wikidata dump) does not run inside a partition's chunk transaction.
     */
    public void prepare(long instanceId, Edition edition, TitleRanges splitRanges) {
        parsersOf(instanceId, edition, splitRanges);
    }

    private Supplier<PageParser> parsersOf(long instanceId, Edition edition, TitleRanges splitRanges) {
        if (!byInstance.containsKey(instanceId) && byInstance.size() >= RUNS_KEPT) {
            byInstance.keySet().stream().filter(other -> other != instanceId).findFirst().ifPresent(byInstance::remove);
        }
        return byInstance.computeIfAbsent(instanceId, instance -> build(instance, edition, splitRanges));
    }

    void forget(long instanceId) {
        byInstance.remove(instanceId);
    }

    private static Supplier<PageParser> build(long instanceId, Edition edition, TitleRanges splitRanges) {
        Path work = WorkDirectory.of(instanceId);
        List<Path> shards = new ArrayList<>();
        for (TitleRange range : splitRanges.ranges()) {
            shards.add(PageShards.file(work, range));
        }
        try {
            return edition.parsersOfRun(SitePages.read(work), consumer -> {
                try (PageShards.Reader reader = new PageShards.Reader(shards)) {
                    DumpPage page;
                    while ((page = reader.next()) != null) {
                        consumer.accept(page);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the parsers of run " + instanceId + " from " + work, e);
        }
    }
}
