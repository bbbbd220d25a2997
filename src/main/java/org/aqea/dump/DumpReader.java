package org.aqea.dump;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the main-namespace pages of a MediaWiki XML dump (export schema 0.10 or 0.11, plain, gzip or bz2,
 * single- or multistream). Memory stays flat: one page at a time. Elements it does not know are skipped.
 */
public final class DumpReader implements PageStream {

    /** Main (article) namespace. */
    public static final int MAIN_NAMESPACE = 0;
    /**
     * Characters of a page's text kept in memory; the rest is read past, only counted. No dictionary page comes
     * near this: a page this big is vandalism or an error, and must not cost more memory than this.
     */
    public static final int MAX_TEXT_CHARS = 2_000_000;

    private static final XMLInputFactory XML = createFactory();
    /**
     * Decoded bytes read past a parse error to find out whether the decoder fails: more than a bz2 block of the
     * biggest size (900 kB, some more where runs of a byte were shortened).
     */
    private static final long DECODER_CHECK_BYTES = 4 << 20;

    private final String fileName;
    private final LongSupplier position;
    private final DecoderFailure input;
    private final XMLStreamReader xml;
    private String lastTitle;
    private String siteDatabase;
    private long pagesRead;
    private boolean finished;
    private Consumer<DumpPage> otherNamespaces = page -> { };

    private DumpReader(String fileName, InputStream decoded, LongSupplier position) throws IOException {
        this.fileName = fileName;
        this.position = position;
        this.input = new DecoderFailure(decoded);
        try {
            this.xml = XML.createXMLStreamReader(input, "UTF-8");
            expectMediaWikiRoot();
        } catch (IOException | XMLStreamException | RuntimeException e) {
            // Described before the close: the description may read on to hear from the decoder.
            String problem = describe(e);
            input.close();
            throw failure("not a readable MediaWiki XML dump: " + problem, e);
        }
    }

    private DumpReader(String fileName, DecodedDump decoded) throws IOException {
        this(fileName, decoded.stream(), decoded.position());
    }

    private static DumpReader openFrom(Path file, long startOffset) throws IOException {
        DecodedDump decoded = DecodedDump.open(file, startOffset);
        if (startOffset > 0) {
            // A multistream slice holds bare <page> elements: give them a root so that it is well-formed XML.
            decoded = new DecodedDump(new SequenceInputStream(
                    new ByteArrayInputStream("<mediawiki>".getBytes(StandardCharsets.US_ASCII)), decoded.stream()),
                    decoded.position());
        }
        return new DumpReader(file.toString(), decoded);
    }

    /** Opens a dump from its start, decompressing on the reader's thread. */
    public static DumpReader open(Path file) throws IOException {
        return openFrom(file, 0);
    }

    /**
     * Opens a bz2 multistream dump at the start of one of its streams (an offset from the multistream index);
     * reading goes on to the end of the file.
     */
    public static DumpReader openAt(Path file, long streamOffset) throws IOException {
        return openFrom(file, streamOffset);
    }

    /**
     * Opens a dump from its start, decompressing on other threads than the reader's: with lbzip2, or when it does not
     * run with the Java decoders ({@link DecodedDump#openReader}).
     */
    public static DumpReader openDecompressingInParallel(Path file, Optional<Path> lbzip2) throws IOException {
        return openDecompressingInParallel(file, DecodedDump.DECODER_THREADS, lbzip2);
    }

    /** As {@link #openDecompressingInParallel(Path, Optional)}, the decoders' threads made by {@code threads}. */
    public static DumpReader openDecompressingInParallel(Path file, ThreadFactory threads, Optional<Path> lbzip2)
            throws IOException {
        return DecodedDump.openReader(file, threads, lbzip2, decoded -> new DumpReader(file.toString(), decoded));
    }

    /**
     * Opens a bz2 multistream dump from its start, decompressing its streams on several threads (the offsets from
     * its index); the pages are the same as those of {@link #open}, in the same order.
     */
    public static DumpReader openParallel(Path file, MultistreamIndex index, int threads) throws IOException {
        return new DumpReader(file.toString(), DecodedDump.openSlices(file, index, threads, DecodedDump.DECODER_THREADS));
    }

    @Override
    public long bytePosition() {
        return position.getAsLong();
    }

    /** The wiki the dump comes from ({@code dewiktionary}) as its siteinfo names it, once the first page is read. */
    @Override
    public Optional<String> siteDatabase() {
        return Optional.ofNullable(siteDatabase);
    }

    /**
     * Hands every page outside the main namespace that {@link #nextPage} passes over to {@code consumer}, on the
     * reader's thread (an edition's site data: English Wiktionary's language modules).
     */
    @Override
    public DumpReader onOtherNamespaces(Consumer<DumpPage> consumer) {
        this.otherNamespaces = consumer;
        return this;
    }

    /** Pages of all namespaces read so far. */
    public long pagesRead() {
        return pagesRead;
    }

    /**
     * The next page of the main namespace (redirects included, flagged by {@link DumpPage#isRedirect()}),
     * or {@code null} at the end of the dump.
     */
    @Override
    public DumpPage nextPage() throws DumpFormatException {
        while (!finished) {
            DumpPage page = nextPageOfAnyNamespace();
            if (page != null && page.namespace() == MAIN_NAMESPACE) {
                return page;
            }
            if (page != null) {
                otherNamespaces.accept(page);
            }
        }
        return null;
    }

    private DumpPage nextPageOfAnyNamespace() throws DumpFormatException {
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && "page".equals(xml.getLocalName())) {
                    DumpPage page = readPage();
                    lastTitle = page.title();
                    pagesRead++;
                    return page;
                }
                if (event == XMLStreamConstants.START_ELEMENT && "dbname".equals(xml.getLocalName())) {
                    siteDatabase = xml.getElementText().trim();
                }
                if (event == XMLStreamConstants.END_ELEMENT && "mediawiki".equals(xml.getLocalName())) {
                    break;
                }
            }
            finished = true;
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            finished = true;
            throw failure(describe(e), e);
        }
    }

    /**
     * One {@code <page>}, with its newest revision: a history dump (the daily incremental ones) holds several, in the
     * order they were made.
     */
    private DumpPage readPage() throws XMLStreamException {
        String title = null;
        int namespace = MAIN_NAMESPACE;
        long pageId = 0;
        String redirect = null;
        Revision newest = null;
        Revision revision = null;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                switch (name) {
                    case "title" -> title = xml.getElementText();
                    case "ns" -> namespace = Integer.parseInt(xml.getElementText().trim());
                    case "id" -> {
                        long id = Long.parseLong(xml.getElementText().trim());
                        if (revision != null && depth == 2) {
                            revision.id = id;
                        } else if (depth == 1) {
                            pageId = id;
                        }
                    }
                    case "redirect" -> {
                        redirect = xml.getAttributeValue(null, "title");
                        depth++;
                    }
                    case "revision" -> {
                        revision = new Revision();
                        depth++;
                    }
                    case "timestamp" -> {
                        String timestamp = xml.getElementText();
                        if (revision != null) {
                            revision.timestamp = timestamp;
                        }
                    }
                    case "text" -> {
                        StringBuilder read = new StringBuilder();
                        long length = readText(read);
                        if (revision != null) {
                            revision.text = read.toString();
                            revision.textLength = length;
                        }
                    }
                    default -> depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if ("revision".equals(xml.getLocalName()) && revision != null) {
                    if (newest == null || revision.id >= newest.id) {
                        newest = revision;
                    }
                    revision = null;
                }
                depth--;
            }
        }
        if (title == null) {
            throw new XMLStreamException("a <page> without <title>");
        }
        if (newest == null) {
            newest = new Revision();
        }
        return new DumpPage(title, namespace, pageId, newest.id, newest.timestamp,
                newest.text == null ? "" : newest.text, redirect, newest.text == null ? 0 : newest.textLength);
    }

    /** What a page keeps of a revision while it reads the next. */
    private static final class Revision {
        long id;
        String timestamp;
        String text;
        long textLength;
    }

    /**
     * Reads the text of the current element into {@code into} up to {@link #MAX_TEXT_CHARS}, streaming (the
     * parser hands the text over in pieces), and returns its full length.
     */
    private long readText(StringBuilder into) throws XMLStreamException {
        long length = 0;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                int n = xml.getTextLength();
                if (length < MAX_TEXT_CHARS) {
                    into.append(xml.getTextCharacters(), xml.getTextStart(), (int) Math.min(n, MAX_TEXT_CHARS - length));
                }
                length += n;
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                String replaced = xml.getText();
                if (length < MAX_TEXT_CHARS) {
                    into.append(replaced, 0, (int) Math.min(replaced.length(), MAX_TEXT_CHARS - length));
                }
                length += replaced.length();
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return length;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                throw new XMLStreamException("an element <" + xml.getLocalName() + "> inside <text>");
            }
        }
    }

    private void expectMediaWikiRoot() throws XMLStreamException, DumpFormatException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                if (!"mediawiki".equals(xml.getLocalName())) {
                    throw failure("not a MediaWiki XML dump: the root element is <" + xml.getLocalName() + ">", null);
                }
                return;
            }
        }
        throw failure("not a MediaWiki XML dump: the file holds no XML element", null);
    }

    private DumpFormatException failure(String problem, Throwable cause) {
        if (cause instanceof DumpFormatException dumpFormat) {
            return dumpFormat;
        }
        return new DumpFormatException(fileName, position.getAsLong(), lastTitle, problem, cause);
    }

    private String describe(Exception e) {
        if (e instanceof DumpFormatException) {
            return e.getMessage();
        }
        // Every read of the dump passes DecoderFailure, so it knows each error of the decoder, also one the XML
        // parser passed on as its cause.
        IOException decoderFailure = input.failureWithin(DECODER_CHECK_BYTES);
        if (decoderFailure != null) {
            return "truncated or corrupt compressed data: " + decoderFailure.getMessage();
        }
        if (e instanceof XMLStreamException) {
            return "malformed XML: " + e.getMessage().replaceAll("\\s+", " ");
        }
        if (e instanceof NumberFormatException) {
            return "a malformed number: " + e.getMessage();
        }
        return e.toString();
    }

    /**
     * The decoded bytes, remembering the decoder's first error. Both bz2 decoders check a block's CRC only after
     * handing out its bytes, so a corrupt block reaches the XML parser first, which reports garbage as malformed XML
     * (or turns the decoder's error into one of its own): the decoder's error is the cause.
     */
    private static final class DecoderFailure extends FilterInputStream {

        private IOException failure;

        DecoderFailure(InputStream decoded) {
            super(decoded);
        }

        /** The decoder's error, if it fails within the next {@code bytes} (read and dropped) or failed before. */
        IOException failureWithin(long bytes) {
            byte[] dropped = new byte[1 << 16];
            try {
                for (long left = bytes; failure == null && left > 0; ) {
                    int n = read(dropped, 0, (int) Math.min(dropped.length, left));
                    if (n < 0) {
                        break;
                    }
                    left -= n;
                }
            } catch (IOException e) {
                // remembered by read
            }
            return failure;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw remembered(e);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (IOException e) {
                throw remembered(e);
            }
        }

        private IOException remembered(IOException e) {
            failure = failure == null ? e : failure;
            return e;
        }
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // Text in pieces, so that a page's text is read past its limit without being held whole (see readText).
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        // Errors reach the caller as exceptions that name the file; the parser's own printing to stderr is noise.
        factory.setXMLReporter((message, type, info, location) -> { });
        // Every &lt; and &amp; of a 1.5 GB dump counts towards the JDK's entity limits: lift them for dumps.
        factory.setProperty("jdk.xml.totalEntitySizeLimit", "0");
        factory.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "0");
        factory.setProperty("jdk.xml.entityExpansionLimit", "0");
        return factory;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // Closing the parser only releases its buffers; the stream below is closed in any case.
        }
        input.close();
    }
}
