package org.aqea.wikitext;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/** Wikitext to plain text, and the removal of what is never rendered. */
public final class WikiText {

    /**
     * What {@code \s} of a regular expression matches, as characters: for sets such as {@code ",;" + ASCII_SPACES}
     * ({@link #isAsciiSpace} tests one character without a search).
     */
    public static final String ASCII_SPACES = " \t\n\u000B\f\r";

    private static final Pattern EXTERNAL_LINK = Pattern.compile("\\[(?:https?:)?//\\S+(?:\\s+([^\\]]*))?]");
    private static final Pattern BOLD_ITALIC = Pattern.compile("'{2,}");

    private WikiText() {
    }

    /** Removes HTML comments; an unterminated comment runs to the end of the text, as MediaWiki renders it. */
    public static String stripComments(String text) {
        int open = text.indexOf("<!--");
        if (open < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (open >= 0) {
            out.append(text, from, open);
            int close = text.indexOf("-->", open + 4);
            if (close < 0) {
                return out.toString();
            }
            from = close + 3;
            open = text.indexOf("<!--", from);
        }
        return out.append(text, from, text.length()).toString();
    }

    /**
     * Removes footnotes: {@code <ref .../>} and {@code <ref ...>...</ref>} (tag names case-insensitive, the body up
     * to the first closing tag). A footnote that is never closed stays as text. One pass: each position of the
     * text is looked at a bounded number of times, however many unclosed tags a page holds (a regular expression
     * took seconds on a page of many unclosed footnotes).
     */
    public static String stripRefs(String text) {
        int open = indexOfIgnoreCase(text, "<ref", 0);
        if (open < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        // Next '/' or '>', next '>', next closing tag at or after the current position: they only move forward.
        int slashOrGt = -1;
        int gt = -1;
        int close = -1;
        while (open >= 0) {
            int afterName = open + 4;
            if (slashOrGt < afterName) {
                slashOrGt = indexOfAny(text, afterName);
            }
            if (slashOrGt < 0) {
                break;
            }
            int end = -1;
            if (text.charAt(slashOrGt) == '/' && slashOrGt + 1 < text.length() && text.charAt(slashOrGt + 1) == '>') {
                end = slashOrGt + 2;
            } else {
                if (gt < afterName) {
                    gt = text.indexOf('>', afterName);
                }
                if (gt < 0) {
                    break;
                }
                if (close != Integer.MAX_VALUE && close <= gt) {
                    close = indexOfIgnoreCase(text, "</ref>", gt + 1);
                    close = close < 0 ? Integer.MAX_VALUE : close;
                }
                if (close != Integer.MAX_VALUE) {
                    end = close + 6;
                }
            }
            if (end < 0) {
                open = indexOfIgnoreCase(text, "<ref", afterName);
                continue;
            }
            out.append(text, from, open);
            from = end;
            open = indexOfIgnoreCase(text, "<ref", end);
        }
        return out.append(text, from, text.length()).toString();
    }

    private static int indexOfAny(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/' || c == '>') {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfIgnoreCase(String text, String needle, int from) {
        for (int i = text.indexOf('<', from); i >= 0; i = text.indexOf('<', i + 1)) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    /** Removes templates (outermost calls, with everything nested in them). */
    public static String stripTemplates(String text) {
        if (!text.contains("{{")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        int[] spans = Templates.spans(text);
        for (int p = 0; p < spans.length; p += 2) {
            out.append(text, from, spans[p]);
            from = spans[p + 1];
        }
        return out.append(text, from, text.length()).toString();
    }

    /**
     * Plain text of a line of wikitext: footnotes, templates, tags and emphasis removed, links replaced by their
     * shown text, whitespace collapsed. Runs for every line of every page: each step scans the text once, and what a
     * line does not hold costs one search.
     */
    public static String toPlainText(String markup) {
        if (isPlain(markup)) {
            return markup.trim();
        }
        String text = stripRefs(markup);
        text = stripTemplates(text);
        // A template still open goes on over the next lines: nothing after its braces is text of this line.
        int open = text.indexOf("{{");
        if (open >= 0) {
            text = text.substring(0, open);
        }
        text = stripMediaLinks(text);
        text = replaceLinks(text);
        if (text.indexOf('[') >= 0) {
            text = EXTERNAL_LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) == null ? "" : m.group(1)));
        }
        if (text.contains("''")) {
            text = BOLD_ITALIC.matcher(text).replaceAll("");
        }
        // Inline HTML (<sup>, <small>, <span ...>, <br>) and every character entity (&ndash;, &#x2019; ...) by an
        // HTML parser; most lines have neither, and skip it.
        if (text.indexOf('<') >= 0) {
            text = Jsoup.parseBodyFragment(text).text();
        } else if (text.indexOf('&') >= 0) {
            text = Parser.unescapeEntities(text, false);
        }
        return collapseSpaces(text).trim();
    }

    /**
     * Whether the text is plain already: none of the characters any markup begins with, no space to collapse. Short
     * texts (a transliteration, a form, a template's argument) mostly are, and cost one scan instead of each step's.
     */
    private static boolean isPlain(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '[', '{', '<', '&', '\'' -> {
                    return false;
                }
                case ' ' -> {
                    if (i + 1 < n && isSpace(text.charAt(i + 1))) {
                        return false;
                    }
                }
                default -> {
                    if (c < ' ' || c > 127 && isSpace(c)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * Every run of whitespace and Unicode spaces (no-break, thin ...) as one ordinary space: plain text has single
     * spaces. The text itself when it has nothing to collapse, as most lines.
     */
    static String collapseSpaces(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || i + 1 < n && isSpace(text.charAt(i + 1)))) {
                break;
            }
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n).append(text, 0, i);
        while (i < n) {
            char c = text.charAt(i++);
            if (isSpace(c)) {
                out.append(' ');
                while (i < n && isSpace(text.charAt(i))) {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** What {@code [\s\p{Zs}]} matches: ASCII whitespace and the Unicode space separators. */
    private static boolean isSpace(char c) {
        return isAsciiSpace(c) || c > 127 && Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** What {@code \s} of a regular expression matches, as {@link #ASCII_SPACES} lists it. */
    public static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The text without the characters of {@code characters} it starts with. */
    public static String withoutLeading(String text, String characters) {
        int i = 0;
        while (i < text.length() && characters.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return text.substring(i);
    }

    /**
     * A link {@code [[target]]} or {@code [[target|shown]]}: neither part holds a bracket, the target no bar.
     * Found left to right without backtracking; a candidate that is no link costs the scan up to its next bracket.
     */
    private record Link(int start, int end, int targetStart, int targetEnd, int shownStart, int shownEnd) {

        static Link next(String text, int from) {
            int n = text.length();
            for (int i = text.indexOf("[[", from); i >= 0; i = text.indexOf("[[", i + 1)) {
                int j = i + 2;
                while (j < n && !isBracketOrBar(text.charAt(j))) {
                    j++;
                }
                int targetEnd = j;
                int shownStart = -1;
                if (j < n && text.charAt(j) == '|') {
                    shownStart = ++j;
                    while (j < n && text.charAt(j) != '[' && text.charAt(j) != ']') {
                        j++;
                    }
                }
                if (j + 1 < n && text.charAt(j) == ']' && text.charAt(j + 1) == ']') {
                    return new Link(i, j + 2, i + 2, targetEnd, shownStart, shownStart < 0 ? -1 : j);
                }
            }
            return null;
        }

        private static boolean isBracketOrBar(char c) {
            return c == '[' || c == ']' || c == '|';
        }

        /** The target without its section anchor. */
        String target(String text) {
            int hash = text.indexOf('#', targetStart);
            return text.substring(targetStart, hash >= 0 && hash < targetEnd ? hash : targetEnd);
        }
    }

    /**
     * The namespaces of media, whose links show no text: {@code [[File:...]]}, German {@code [[Datei:...]]}, French
     * {@code [[Fichier:...]]}, Spanish {@code [[Archivo:...]]}, Italian and Portuguese {@code [[Immagine:...]]}/{@code [[Imagem:...]]}.
     */
    private static final String[] MEDIA_NAMESPACES = {"file", "image", "media", "datei", "bild", "fichier", "archivo",
            "imagen", "immagine", "imagem", "arquivo"};

    /**
     * Removes pictures and other media ({@code [[File:x.jpg|thumb|a [[dog]]]]}), with their captions and the links
     * nested in them: they show no text of the line. One scan from link to link (this runs for every line with a link).
     */
    static String stripMediaLinks(String text) {
        StringBuilder out = null;
        int from = 0;
        for (int start = text.indexOf("[[", from); start >= 0; start = text.indexOf("[[", Math.max(from, start + 2))) {
            if (start < from || !isMediaLink(text, start + 2)) {
                continue;
            }
            int depth = 0;
            int end = text.length();
            for (int i = start; i + 1 < text.length(); ) {
                if (text.startsWith("[[", i)) {
                    depth++;
                    i += 2;
                } else if (text.startsWith("]]", i)) {
                    i += 2;
                    if (--depth == 0) {
                        end = i;
                        break;
                    }
                } else {
                    i++;
                }
            }
            (out == null ? out = new StringBuilder(text.length()) : out).append(text, from, start);
            from = end;
        }
        return out == null ? text : out.append(text, from, text.length()).toString();
    }

    /** Whether a link's target at {@code at} names a media namespace: {@code File:}, {@code  image :}. */
    private static boolean isMediaLink(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        for (String namespace : MEDIA_NAMESPACES) {
            if (text.regionMatches(true, i, namespace, 0, namespace.length())) {
                int colon = i + namespace.length();
                while (colon < text.length() && text.charAt(colon) == ' ') {
                    colon++;
                }
                if (colon < text.length() && text.charAt(colon) == ':') {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code [[target|shown]]} becomes {@code shown}, {@code [[target]]} becomes {@code target}. */
    private static String replaceLinks(String text) {
        Link link = Link.next(text, 0);
        if (link == null) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (; link != null; link = Link.next(text, from)) {
            out.append(text, from, link.start());
            if (link.shownStart() >= 0) {
                out.append(text, link.shownStart(), link.shownEnd());
            } else {
                out.append(link.target(text));
            }
            from = link.end();
        }
        return out.append(text, from, text.length()).toString();
    }

    /** How many lines a template left open at a line's end may take in ({@link #joinOpenTemplates}). */
    public static final int MAX_CONTINUED_LINES = 30;

    /**
     * The lines, each line that leaves a template open ({@code #* {{exemple | lang=fr}} whose arguments follow on the
     * next lines) joined with the lines that close it, by a space; at most {@link #MAX_CONTINUED_LINES} lines are taken
     * in, and none that begins an item of its own ({@code #}, {@code *}, {@code =}), so that a brace never closed costs
     * a bounded amount of text and no other item.
     */
    public static java.util.List<String> joinOpenTemplates(java.util.List<String> lines) {
        java.util.List<String> joined = new java.util.ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i++);
            int open = braceBalance(line);
            if (open <= 0) {
                joined.add(line);
                continue;
            }
            StringBuilder whole = new StringBuilder(line);
            for (int taken = 0; open > 0 && taken < MAX_CONTINUED_LINES && i < lines.size() && !startsItem(lines.get(i)); taken++) {
                String next = lines.get(i++);
                whole.append(' ').append(next.strip());
                open += braceBalance(next);
            }
            joined.add(whole.toString());
        }
        return joined;
    }

    /** A line that begins a definition, an example, a list item or a heading is never the rest of another. */
    private static boolean startsItem(String line) {
        return line.startsWith("#") || line.startsWith("*") || line.startsWith("=");
    }

    /** Template openings less closings in the line. */
    private static int braceBalance(String line) {
        int balance = 0;
        for (int at = line.indexOf("{{"); at >= 0; at = line.indexOf("{{", at + 2)) {
            balance++;
        }
        for (int at = line.indexOf("}}"); at >= 0; at = line.indexOf("}}", at + 2)) {
            balance--;
        }
        return balance;
    }

    /** The targets of the links in the text, in order, without section anchors. */
    public static java.util.List<String> linkTargets(String text) {
        java.util.List<String> targets = new java.util.ArrayList<>();
        for (Link link = Link.next(text, 0); link != null; link = Link.next(text, link.end())) {
            String target = link.target(text).trim();
            if (!target.isEmpty() && !target.contains(":")) {
                targets.add(target);
            }
        }
        return targets;
    }
}
