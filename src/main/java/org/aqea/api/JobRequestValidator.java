package org.aqea.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.InvalidPathException;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.aqea.batch.JobParameters;
import org.aqea.config.Settings;
import org.aqea.dump.DumpDownload;
import org.aqea.dump.DumpReader;
import org.aqea.partition.BalancedRanges;
import org.aqea.partition.TitleRanges;

/** Checks a job request and turns it into job parameters; every refusal says what is wrong. */
@ApplicationScoped
public class JobRequestValidator {

    static final String DUMP_SOURCE = "wiktionary-dump";
    static final String JOURNAL_SOURCE = "journal";
    static final Set<String> SOURCES = Set.of(DUMP_SOURCE, JOURNAL_SOURCE);
    static final Set<String> EDITIONS = Set.of("de");
    /** The split by single letters that a partition count needs to balance its ranges. */
    private static final List<String> SINGLE_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".chars()
            .mapToObj(letter -> String.valueOf((char) letter)).toList();

    /** The job to start: its name in {@code META-INF/batch-jobs} and its parameters. */
    record JobStart(String jobName, Properties parameters) {
    }

    JobStart toJobStart(JobRequest request, List<String> pendingJournals) {
        if (request == null) {
            throw ApiException.badRequest("the request has no body; send JSON such as "
                    + "{\"source\": \"wiktionary-dump\", \"language\": \"de\", \"dump\": \"/path/to/dump.xml.bz2\"}");
        }
        require(request.source(), "source");
        if (!SOURCES.contains(request.source())) {
            throw ApiException.badRequest("unknown source '" + request.source() + "'; known sources: " + SOURCES);
        }
        if (request.source().equals(JOURNAL_SOURCE)) {
            return replay(request, pendingJournals);
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

    private static Properties extraction(JobRequest request) {
        require(request.language(), "language");
        if (!EDITIONS.contains(request.language())) {
            throw ApiException.badRequest("unknown language '" + request.language()
                    + "'; Wiktionary editions supported so far: " + EDITIONS);
        }
        require(request.dump(), "dump");
        String dump = checkedDump(request.dump());

        List<String> ranges = request.ranges() == null ? TitleRanges.DEFAULT_SPEC : request.ranges();
        if (request.partitions() != null) {
            if (request.ranges() != null) {
                throw ApiException.badRequest("give either ranges or a partition count, not both");
            }
            if (request.partitions() < 1 || request.partitions() > BalancedRanges.MAX) {
                throw ApiException.badRequest("partitions must be 1 to " + BalancedRanges.MAX + " (letter ranges; the "
                        + "catch-all range comes in addition), not " + request.partitions());
            }
            ranges = SINGLE_LETTERS;
        }
        try {
            TitleRanges.parse(ranges);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("ranges: " + e.getMessage());
        }
        int chunkSize = request.chunkSize() == null ? Settings.defaultChunkSize() : request.chunkSize();
        if (chunkSize < 1) {
            throw ApiException.badRequest("chunkSize must be at least 1, not " + chunkSize);
        }
        if (request.threads() != null && request.threads() < 1) {
            throw ApiException.badRequest("threads must be at least 1, not " + request.threads());
        }
        if (request.skipLimit() != null && request.skipLimit() < 0) {
            throw ApiException.badRequest("skipLimit must be 0 or more, not " + request.skipLimit());
        }
        if (request.faultAt() != null && !Settings.testFaultsEnabled()) {
            throw ApiException.badRequest("faultAt is a test switch; this server does not accept it");
        }

        Properties parameters = new Properties();
        parameters.setProperty(JobParameters.SOURCE, request.source());
        parameters.setProperty(JobParameters.LANGUAGE, request.language());
        parameters.setProperty(JobParameters.DUMP, dump);
        parameters.setProperty(JobParameters.RANGES, JobParameters.encodeRanges(ranges));
        parameters.setProperty(JobParameters.CHUNK_SIZE, Integer.toString(chunkSize));
        if (request.partitions() != null) {
            parameters.setProperty(JobParameters.PARTITIONS, request.partitions().toString());
        }
        if (request.threads() != null) {
            parameters.setProperty(JobParameters.THREADS, request.threads().toString());
        }
        if (request.skipLimit() != null) {
            parameters.setProperty(JobParameters.SKIP_LIMIT, request.skipLimit().toString());
        }
        if (request.faultAt() != null) {
            parameters.setProperty(JobParameters.FAULT_AT, request.faultAt());
        }
        return parameters;
    }

    /** The dump's location as the job gets it: an absolute path, or the URL it will download. */
    private static String checkedDump(String location) {
        if (DumpDownload.isUrl(location)) {
            return checkedUrl(location);
        }
        Path path;
        try {
            path = Path.of(location).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw ApiException.badRequest("dump '" + location + "' is not a valid path: " + e.getReason());
        }
        if (!Files.isRegularFile(path)) {
            throw ApiException.badRequest("dump '" + location + "' does not exist on the server (or is not a file)");
        }
        if (!Files.isReadable(path)) {
            throw ApiException.badRequest("dump '" + location + "' is not readable by the server");
        }
        try (DumpReader ignored = DumpReader.open(path)) {
            return path.toString();
        } catch (IOException e) {
            throw ApiException.badRequest("dump '" + location + "' cannot be used: " + e.getMessage());
        }
    }

    private static String checkedUrl(String location) {
        URI url;
        try {
            url = new URI(location);
            DumpDownload download = new DumpDownload(Settings.dumpCacheDir());
            download.localPath(url);
            download.describe(url);
        } catch (URISyntaxException e) {
            throw ApiException.badRequest("dump '" + location + "' is not a valid URL: " + e.getReason());
        } catch (IllegalArgumentException | IOException e) {
            throw ApiException.badRequest("dump '" + location + "' cannot be downloaded: " + e.getMessage());
        }
        return url.toString();
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("'" + field + "' is missing");
        }
    }
}
