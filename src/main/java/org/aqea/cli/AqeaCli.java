package org.aqea.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The offline command: {@code aqea-cli extract --edition de <dump> [-o entries.jsonl]}. Entries go to the file
 * (or to standard output), progress and the summary to standard error; errors give a non-zero exit status.
 */
public final class AqeaCli {

    static final String USAGE = """
            usage: aqea-cli extract --edition de <dump.xml[.bz2|.gz]> [-o <entries.jsonl>]
              Writes one lexical entry per line as JSON (to standard output without -o).""";

    private AqeaCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String[] args) {
        if (args.length == 0 || !args[0].equals("extract")) {
            System.err.println(args.length == 0 ? USAGE : "unknown command '" + args[0] + "'\n" + USAGE);
            return 2;
        }
        String edition = null;
        Path output = null;
        List<String> positional = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--edition" -> edition = i + 1 < args.length ? args[++i] : null;
                case "-o", "--output" -> output = i + 1 < args.length ? Path.of(args[++i]) : null;
                default -> positional.add(args[i]);
            }
        }
        if (edition == null || !edition.equals("de")) {
            System.err.println((edition == null ? "--edition is missing" : "unknown edition '" + edition
                    + "'; editions supported so far: de") + "\n" + USAGE);
            return 2;
        }
        if (positional.size() != 1) {
            System.err.println("give exactly one dump file\n" + USAGE);
            return 2;
        }
        Path dump = Path.of(positional.get(0));
        if (!Files.isRegularFile(dump)) {
            System.err.println("aqea-cli: dump '" + dump + "' does not exist or is not a file");
            return 1;
        }
        try {
            ExtractionSummary summary = new ExtractCommand(dump, output, System.err, System.console() != null).run();
            summary.print(System.err);
            return 0;
        } catch (IOException e) {
            System.err.println("aqea-cli: " + e.getMessage());
            return 1;
        }
    }
}
