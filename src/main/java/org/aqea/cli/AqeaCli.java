package org.aqea.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.aqea.dump.Bzip2Decoder;
import org.aqea.edition.Edition;
import org.aqea.edition.Editions;
import org.aqea.lexicon.TakenLanguages;
import org.aqea.run.RunParameters;
import org.aqea.run.RunRefusal;

/**
 * The offline command: {@code aqea-cli extract --edition de <dump> [-o entries.jsonl]} (or {@code --source
 * wikidata-lexemes} for Wikidata's lexemes dump), {@code aqea-cli import} and {@code aqea-cli registry}.
 * Entries go to the file (or to standard output), progress and the summary to standard error; errors give a
 * non-zero exit status: 2 for a wrong command line, 1 for a failure.
 */
public final class AqeaCli {

    static final String USAGE = """
            usage: aqea-cli extract --edition <code, e.g. de> <dump.xml[.bz2|.gz]> [-o <entries.jsonl>] [--languages de,en]
                                    [--rejects <rejects.jsonl>] [--max-rejects <n, default 1000>]
                   aqea-cli extract --source wikidata-lexemes <latest-lexemes.json[.bz2|.gz]> [-o <entries.jsonl>]
                                    [--languages de,en] [--rejects <rejects.jsonl>] [--max-rejects <n>]
                   aqea-cli extract --source panlex <panlex-YYYYMMDD-csv.zip or its folder> [-o <entries.jsonl>]
                                    [--languages de,en] [--rejects <rejects.jsonl>] [--max-rejects <n>]
                                    [--minimum-score <n, default 1>]
                     Writes one lexical entry per line as JSON (to standard output without -o); only the entries of
                     the languages given (default: all for Wiktionary, those with an AQEA domain for Wikidata and
                     PanLex). A page that cannot be extracted (for PanLex, a row of a table) is left out and reported,
                     one JSON line each (title, page_id, revision_id, reason), to the --rejects file or standard
                     error; more than --max-rejects of them stop the command with exit status 1. bz2 dumps are
                     decompressed by lbzip2 where it is on the PATH; AQEA_BZIP2_DECODER=java, lbzip2 or the path
                     of an lbzip2 executable chooses. PanLex's translations scored below --minimum-score are
                     left out; its join spills into the JVM's temporary folder (-Djava.io.tmpdir).
                   aqea-cli import --db-url <jdbc:postgresql://host:port/db> [--db-user <user>]
                                   [--db-password-file <file>] [--registry <registry.jsonl>] <lexicon.jsonl[.gz]>
                     Loads lines of extract or of the server's export into an empty lexicon database (its tables
                     are created first), with the same addresses, and the address registry's log exported by
                     /api/registry/export first. The password comes from the file, else from the environment
                     variable AQEA_DB_PASSWORD.
                   aqea-cli registry verify --db-url <jdbc:postgresql://host:port/db> [--db-user <user>]
                                   [--db-password-file <file>] [--public-key <key>] [--head <head.json>]
                     Checks the address registry's whole log: leaves, the latest signed head (by the trusted
                     public key, PEM or base64 as /api/registry/key gives it; else the key stored with the head),
                     a head you kept, and every addressed lexeme and entry against it. Prints each finding.
                   aqea-cli registry check-proof --head <head.json> [--new-head <head.json>] [--public-key <key>]
                                   <proof.json>
                     Checks an inclusion proof (/api/registry/proof/inclusion) against a head you kept, or a
                     consistency proof (/api/registry/proof/consistency) between it and a newer head.""";

    /** As the job's default skip limit: a dump with more rejected pages than this meets a broken parser. */
    static final long DEFAULT_MAX_REJECTS = 1000;

    private AqeaCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String[] args) {
        if (args.length == 0) {
            System.err.println(USAGE);
            return 2;
        }
        return switch (args[0]) {
            case "extract" -> extract(args);
            case "import" -> ImportCommand.run(args);
            case "registry" -> RegistryCommand.run(args);
            default -> {
                System.err.println("unknown command '" + args[0] + "'\n" + USAGE);
                yield 2;
            }
        };
    }

    private static int extract(String[] args) {
        String edition = null;
        String source = null;
        String languages = null;
        Path output = null;
        Path rejectsFile = null;
        String maxRejects = String.valueOf(DEFAULT_MAX_REJECTS);
        String minimumScore = null;
        List<String> positional = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--edition" -> edition = i + 1 < args.length ? args[++i] : null;
                case "--source" -> source = i + 1 < args.length ? args[++i] : null;
                case "--languages" -> languages = i + 1 < args.length ? args[++i] : "";
                case "-o", "--output" -> output = i + 1 < args.length ? Path.of(args[++i]) : null;
                case "--rejects" -> rejectsFile = i + 1 < args.length ? Path.of(args[++i]) : null;
                case "--max-rejects" -> maxRejects = i + 1 < args.length ? args[++i] : "";
                case "--minimum-score" -> minimumScore = i + 1 < args.length ? args[++i] : "";
                default -> positional.add(args[i]);
            }
        }
        if (source != null) {
            // A source that one edition alone reads names it, as in a job request (wikidata-lexemes).
            List<Edition> readers = Editions.readFrom(source);
            if (readers.size() != 1 || edition != null && !edition.equals(readers.get(0).code())) {
                List<String> alone = Editions.all().stream().map(Edition::jobSource).distinct()
                        .filter(each -> Editions.readFrom(each).size() == 1).map(each -> "'" + each + "'").toList();
                System.err.println("--source takes " + String.join(" or ", alone) + " (without --edition); Wiktionary "
                        + "dumps are read with --edition\n" + USAGE);
                return 2;
            }
            edition = readers.get(0).code();
        }
        Optional<Edition> known = Editions.of(edition);
        if (known.isEmpty()) {
            System.err.println((edition == null ? "--edition is missing" : "unknown edition '" + edition
                    + "'; editions supported so far: " + String.join(", ", Editions.codes())) + "\n" + USAGE);
            return 2;
        }
        TakenLanguages taken;
        try {
            taken = RunParameters.takenLanguages(known.get(),
                    languages == null ? null : RunParameters.parseLanguages(languages));
        } catch (RunRefusal e) {
            System.err.println("--" + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        long rejectLimit;
        try {
            rejectLimit = Long.parseLong(maxRejects);
        } catch (NumberFormatException e) {
            rejectLimit = -1;
        }
        if (rejectLimit < 0) {
            System.err.println("--max-rejects takes a number of pages, 0 or more, not '" + maxRejects + "'\n" + USAGE);
            return 2;
        }
        OptionalInt minimum = OptionalInt.empty();
        if (minimumScore != null) {
            try {
                minimum = OptionalInt.of(RunParameters.minimumScore(known.get(), minimumScore));
            } catch (RunRefusal e) {
                System.err.println("--minimum-score: " + e.getMessage() + "\n" + USAGE);
                return 2;
            }
        }
        if (positional.size() != 1) {
            System.err.println("give exactly one dump file\n" + USAGE);
            return 2;
        }
        Optional<Path> lbzip2;
        try {
            lbzip2 = Bzip2Decoder.lbzip2(System.getenv("AQEA_BZIP2_DECODER"));
        } catch (IllegalArgumentException e) {
            System.err.println("AQEA_BZIP2_DECODER: " + e.getMessage());
            return 2;
        }
        Path dump = Path.of(positional.get(0));
        // A folder is a dump too where the edition reads one (an unpacked PanLex snapshot).
        if (!Files.isRegularFile(dump) && !Files.isDirectory(dump)) {
            System.err.println("aqea-cli: dump '" + dump + "' does not exist or is not a file");
            return 1;
        }
        try (RejectedPages rejects = new RejectedPages(rejectsFile == null ? null
                : Files.newBufferedWriter(rejectsFile, StandardCharsets.UTF_8), System.err)) {
            ExtractionSummary summary = new ExtractCommand(dump, lbzip2, output, known.get(), taken, minimum, rejects,
                    rejectLimit, System.err, System.console() != null).run();
            summary.print(System.err);
            return 0;
        } catch (IOException e) {
            System.err.println("aqea-cli: " + e.getMessage());
            return 1;
        }
    }
}
