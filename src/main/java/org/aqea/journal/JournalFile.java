package org.aqea.journal;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One journal file: the chunks one partition of one execution could not write to the lexicon database. */
public record JournalFile(Path path, long jobInstanceId, long executionId, int partition) {

    private static final Pattern NAME = Pattern.compile("extraction-i(\\d+)-e(\\d+)-p(\\d+)\\.jsonl");

    /** Oldest first: replaying in this order lets a later chunk of the same entry win. */
    public static final Comparator<JournalFile> ORDER = Comparator.comparingLong(JournalFile::jobInstanceId)
            .thenComparingLong(JournalFile::executionId).thenComparingInt(JournalFile::partition);

    static String name(long jobInstanceId, long executionId, int partition) {
        return "extraction-i" + jobInstanceId + "-e" + executionId + "-p" + partition + ".jsonl";
    }

    /** Whether a file name is a journal's: {@code extraction-i<instance>-e<execution>-p<partition>.jsonl}, no path. */
    static boolean isName(String name) {
        return NAME.matcher(name).matches();
    }

    /** The journal file at this path, or null when its name is not a journal's. */
    static JournalFile of(Path path) {
        Matcher name = NAME.matcher(path.getFileName().toString());
        if (!name.matches()) {
            return null;
        }
        return new JournalFile(path, Long.parseLong(name.group(1)), Long.parseLong(name.group(2)),
                Integer.parseInt(name.group(3)));
    }
}
