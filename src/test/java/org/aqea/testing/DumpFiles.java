package org.aqea.testing;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/** Writes MediaWiki XML dumps of pages we make up, plain, bz2 or bz2 multistream (with its index). */
public final class DumpFiles {

    public static final String SCHEMA_010 = "http://www.mediawiki.org/xml/export-0.10/";
    public static final String SCHEMA_011 = "http://www.mediawiki.org/xml/export-0.11/";

    /** A page to write: namespace 0 unless given; revision {@code id + 1,000,000} unless given. */
    public record Page(String title, int namespace, long id, String text, String redirectTo, long revision) {

        public Page(String title, int namespace, long id, String text, String redirectTo) {
            this(title, namespace, id, text, redirectTo, id + 1_000_000);
        }

        public static Page article(long id, String title, String text) {
            return new Page(title, 0, id, text, null);
        }

        public Page withRevision(long newRevision, String newText) {
            return new Page(title, namespace, id, newText, redirectTo, newRevision);
        }
    }

    private DumpFiles() {
    }

    /** The header of a dump of the German Wiktionary. */
    public static String header(String schema) {
        return header(schema, "dewiktionary");
    }

    /** The header of a dump of {@code wiki} ({@code enwiktionary}), as its siteinfo names it. */
    public static String header(String schema, String wiki) {
        return "<mediawiki xmlns=\"" + schema + "\" version=\"" + schema.replaceAll(".*export-(\\d\\.\\d+)/", "$1")
                + "\" xml:lang=\"" + wiki.replace("wiktionary", "") + "\">\n  <siteinfo>\n    <sitename>Wiktionary</sitename>\n    <dbname>"
                + wiki + "</dbname>\n"
                + "    <namespaces><namespace key=\"0\" case=\"case-sensitive\" /></namespaces>\n  </siteinfo>\n";
    }

    public static final String FOOTER = "</mediawiki>\n";

    public static String pageXml(Page page) {
        return historyPageXml(List.of(page));
    }

    /** A page with several revisions, as history dumps (the daily incremental ones) hold them: oldest first. */
    public static String historyPageXml(List<Page> revisions) {
        Page page = revisions.get(revisions.size() - 1);
        StringBuilder xml = new StringBuilder(256 + page.text().length());
        xml.append("  <page>\n    <title>").append(escape(page.title())).append("</title>\n    <ns>")
                .append(page.namespace()).append("</ns>\n    <id>").append(page.id()).append("</id>\n");
        if (page.redirectTo() != null) {
            xml.append("    <redirect title=\"").append(escape(page.redirectTo())).append("\" />\n");
        }
        for (Page revision : revisions) {
            xml.append("    <revision>\n      <id>").append(revision.revision()).append("</id>\n")
                    .append("      <timestamp>2024-10-01T12:00:00Z</timestamp>\n")
                    .append("      <contributor><username>Test</username><id>7</id></contributor>\n")
                    .append("      <origin>").append(revision.revision()).append("</origin>\n")
                    .append("      <model>wikitext</model>\n      <format>text/x-wiki</format>\n")
                    .append("      <text bytes=\"").append(revision.text().length()).append("\" xml:space=\"preserve\">")
                    .append(escape(revision.text())).append("</text>\n")
                    .append("      <sha1>none</sha1>\n    </revision>\n");
        }
        return xml.append("  </page>\n").toString();
    }

    /** A bz2 history dump of {@code wiki}: each page with its revisions, oldest first. */
    public static Path writeHistoryBz2(Path file, String wiki, List<List<Page>> pages) throws IOException {
        try (OutputStream out = new BZip2CompressorOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            out.write(header(SCHEMA_011, wiki).getBytes(StandardCharsets.UTF_8));
            for (List<Page> revisions : pages) {
                out.write(historyPageXml(revisions).getBytes(StandardCharsets.UTF_8));
            }
            out.write(FOOTER.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    public static Path writeXml(Path file, String schema, List<Page> pages) throws IOException {
        return writeXml(file, schema, "dewiktionary", pages);
    }

    /** A plain dump of {@code wiki} ({@code enwiktionary}). */
    public static Path writeXml(Path file, String schema, String wiki, List<Page> pages) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            writeTo(out, header(schema, wiki), pages);
        }
        return file;
    }

    public static Path writeBz2(Path file, String schema, List<Page> pages) throws IOException {
        return writeBz2(file, schema, "dewiktionary", pages);
    }

    /** A bz2 dump of {@code wiki} ({@code enwiktionary}). */
    public static Path writeBz2(Path file, String schema, String wiki, List<Page> pages) throws IOException {
        try (OutputStream out = new BZip2CompressorOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            writeTo(out, header(schema, wiki), pages);
        }
        return file;
    }

    public static Path writeGzip(Path file, String schema, List<Page> pages) throws IOException {
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            writeTo(out, header(schema), pages);
        }
        return file;
    }

    /**
     * Writes a multistream dump as Wikimedia does: the header in one bz2 stream, then one stream per
     * {@code pagesPerStream} pages, then the footer; and the index file ({@code offset:id:title}, bz2).
     *
     * @return the stream offsets of the page streams, in order
     */
    public static List<Long> writeMultistream(Path file, Path index, String schema, List<Page> pages, int pagesPerStream)
            throws IOException {
        return writeMultistream(file, index, schema, "dewiktionary", pages, pagesPerStream);
    }

    /** A multistream dump of {@code wiki} ({@code enwiktionary}) and its index. */
    public static List<Long> writeMultistream(Path file, Path index, String schema, String wiki, List<Page> pages,
                                              int pagesPerStream) throws IOException {
        List<Long> offsets = new ArrayList<>();
        StringBuilder indexText = new StringBuilder();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            long offset = 0;
            offset += writeStream(out, header(schema, wiki));
            for (int start = 0; start < pages.size(); start += pagesPerStream) {
                offsets.add(offset);
                StringBuilder chunk = new StringBuilder();
                for (Page page : pages.subList(start, Math.min(pages.size(), start + pagesPerStream))) {
                    chunk.append(pageXml(page));
                    indexText.append(offset).append(':').append(page.id()).append(':').append(page.title()).append('\n');
                }
                offset += writeStream(out, chunk.toString());
            }
            writeStream(out, FOOTER);
        }
        try (OutputStream out = new BZip2CompressorOutputStream(Files.newOutputStream(index))) {
            out.write(indexText.toString().getBytes(StandardCharsets.UTF_8));
        }
        return offsets;
    }

    private static long writeStream(OutputStream out, String text) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (OutputStream bz2 = new BZip2CompressorOutputStream(buffer)) {
            bz2.write(text.getBytes(StandardCharsets.UTF_8));
        }
        buffer.writeTo(out);
        return buffer.size();
    }

    private static void writeTo(OutputStream out, String header, List<Page> pages) throws IOException {
        out.write(header.getBytes(StandardCharsets.UTF_8));
        for (Page page : pages) {
            out.write(pageXml(page).getBytes(StandardCharsets.UTF_8));
        }
        out.write(FOOTER.getBytes(StandardCharsets.UTF_8));
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
