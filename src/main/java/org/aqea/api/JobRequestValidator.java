package org.aqea.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.aqea.batch.JobParameters;
import org.aqea.config.Settings;
import org.aqea.dump.PageStream;
import org.aqea.edition.Edition;
import org.aqea.edition.Editions;
import org.aqea.run.DumpPolicy;
import org.aqea.run.RunParameters;
import org.aqea.run.RunRefusal;

/** Checks a job request and turns it into job parameters; every refusal says what is wrong. */
@ApplicationScoped
public class JobRequestValidator {

    static final String JOURNAL_SOURCE = "journal";
    /** The lexicon itself: the meaning backfill embeds its entries' meanings. */
    static final String MEANINGS_SOURCE = "meanings";
    /** The journal, the lexicon's meanings, and the dumps the editions read ({@code wiktionary-dump}, ...). */
    static final Set<String> SOURCES = sources();

    /** The job to start: its name in {@code META-INF/batch-jobs} and its parameters. */
    record JobStart(String jobName, Properties parameters) {
    }

    JobStart toJobStart(JobRequest request, List<String> pendingJournals) {
        if (request == null) {
            throw ApiException.badRequest("the request has no body; send JSON such as "
                    + "{\"source\": \"wiktionary-dump\", \"edition\": \"de\", \"dump\": \"/path/to/dump.xml.bz2\"}");
        }
        require(request.source(), "source");
        if (!SOURCES.contains(request.source())) {
            throw ApiException.badRequest("unknown source '" + request.source() + "'; known sources: " + SOURCES);
        }
        if (request.source().equals(JOURNAL_SOURCE)) {
            return replay(request, pendingJournals);
        }
        if (request.source().equals(MEANINGS_SOURCE)) {
            return meanings(request);
        }
        return new JobStart(JobParameters.JOB_NAME, extraction(request));
    }

    private static JobStart replay(JobRequest request, List<String> pendingJournals) {
        if (request.dump() != null || request.ranges() != null || request.partitions() != null) {
            throw ApiException.badRequest("a journal replay imports the journal files of earlier runs; it takes no dump, ranges or partitions");
        }
        if (pendingJournals.isEmpty()) {
            throw ApiException.badRequest("nothing to replay: no journal files wait in " + Settings.journalDir());
        }
        Properties parameters = new Properties();
        parameters.setProperty(JobParameters.SOURCE, JOURNAL_SOURCE);
        parameters.setProperty(JobParameters.JOURNALS, JobParameters.encodeNames(pendingJournals));
        return new JobStart(JobParameters.REPLAY_JOB_NAME, parameters);
    }

    private static JobStart meanings(JobRequest request) {
        if (request.dump() != null || request.edition() != null || request.language() != null || request.ranges() != null
                || request.partitions() != null) {
            throw ApiException.badRequest("the meaning backfill embeds the entries the lexicon holds; it takes no dump,"
                    + " edition, language, ranges or partitions");
        }
        Properties parameters = new Properties();
        parameters.setProperty(JobParameters.SOURCE, MEANINGS_SOURCE);
        return new JobStart(JobParameters.MEANING_JOB_NAME, parameters);
    }

    /**
     * The job parameters of an extraction, checked by the same rules the job applies ({@link RunParameters}), and
     * the dump opened once so that a bad one is refused now rather than as a failed execution.
     */
    private static Properties extraction(JobRequest request) {
        Properties requested = new Properties();
        String edition = request.edition() != null ? request.edition() : request.language();
        boolean incremental = request.source().equals(Edition.WIKTIONARY_INCREMENTAL);
        boolean live = request.source().equals(Edition.WIKTIONARY_LIVE);
        List<String> ofSource = (incremental || live ? Editions.all().stream().filter(Edition::hasIncrementalDumps).toList()
                : Editions.readFrom(request.source())).stream().map(Edition::code).toList();
        Optional<Edition> named = Editions.of(edition);
        if (named.isPresent() && !ofSource.contains(edition)) {
            throw ApiException.badRequest("the edition '" + edition + "' is read from the source '" + named.get().jobSource()
                    + "', not '" + request.source() + "'");
        }
        if (!incremental && request.force() != null) {
            throw ApiException.badRequest("force applies a day of incremental dumps (source '" + Edition.WIKTIONARY_INCREMENTAL
                    + "') although days before it are missing; source '" + request.source() + "' takes none");
        }
        if (edition == null && ofSource.size() == 1) {
            edition = ofSource.get(0);
        }
        if (live && request.dump() != null) {
            throw ApiException.badRequest("a live run reads the wiki's API that the operator set (AQEA_WIKI_API_URL);"
                    + " it takes no dump");
        }
        set(requested, RunParameters.EDITION, edition);
        set(requested, RunParameters.DUMP, live && edition != null ? Settings.wikiApi(edition) : request.dump());
        set(requested, RunParameters.RANGES, request.ranges() == null ? null : String.join(",", request.ranges()));
        set(requested, RunParameters.PARTITIONS, request.partitions());
        set(requested, RunParameters.THREADS, request.threads());
        set(requested, RunParameters.CHUNK_SIZE, request.chunkSize());
        set(requested, RunParameters.SKIP_LIMIT, request.skipLimit());
        set(requested, RunParameters.COMPLETE, request.complete());
        set(requested, RunParameters.LANGUAGES, request.languages() == null ? null : String.join(",", request.languages()));
        set(requested, RunParameters.FAULT_AT, request.faultAt());
        set(requested, RunParameters.MINIMUM_SCORE, request.minimumScore());
        set(requested, RunParameters.MEANINGS, request.meanings());
        if (incremental) {
            set(requested, RunParameters.INCREMENTAL, true);
            set(requested, RunParameters.FORCE, request.force());
        }
        set(requested, RunParameters.LIVE, live ? true : null);
        try {
            RunParameters parameters = RunParameters.of(requested, Settings.defaultChunkSize(), Settings.testFaultsEnabled());
            if (!live) {
                parameters = parameters.withDump(checkedDump(parameters.dump(), Editions.of(parameters.edition()).orElseThrow()));
            }
            Properties job = parameters.toProperties();
            job.setProperty(JobParameters.SOURCE, request.source());
            return job;
        } catch (RunRefusal refusal) {
            throw ApiException.badRequest(refusal.getMessage());
        }
    }

    private static Set<String> sources() {
        Set<String> sources = new TreeSet<>();
        sources.add(JOURNAL_SOURCE);
        sources.add(MEANINGS_SOURCE);
        Editions.all().forEach(edition -> sources.add(edition.jobSource()));
        sources.add(Edition.WIKTIONARY_INCREMENTAL);
        sources.add(Edition.WIKTIONARY_LIVE);
        return Set.copyOf(sources);
    }

    private static void set(Properties properties, String name, Object value) {
        if (value != null) {
            properties.setProperty(name, value.toString());
        }
    }

    /** The dump's location as the job gets it: the real path of an allowed file, or an allowed URL. */
    private static String checkedDump(String location, Edition edition) {
        String checked = Settings.dumpPolicy().check(location);
        try {
            if (DumpPolicy.isUrl(checked)) {
                Settings.dumpDownload().describe(URI.create(checked));
            } else {
                try (PageStream ignored = edition.openDump(Path.of(checked))) {
                    // opened: it is a dump
                }
            }
        } catch (IllegalArgumentException | IOException e) {
            throw ApiException.badRequest("dump '" + location + "' cannot be used: " + e.getMessage());
        }
        return checked;
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("'" + field + "' is missing");
        }
    }
}
