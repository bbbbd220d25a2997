package org.aqea.wikitext;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/** Wikitext to plain text, and the removal of what is never rendered. */
public final class WikiText {

    private static final Pattern LINK = Pattern.compile("\\[\\[([^\\[\\]|]*)(?:\\|([^\\[\\]]*))?]]");
    private static final Pattern EXTERNAL_LINK = Pattern.compile("\\[(?:https?:)?//\\S+(?:\\s+([^\\]]*))?]");
    private static final Pattern BOLD_ITALIC = Pattern.compile("'{2,}");
    /** Whitespace and every Unicode space (no-break, thin ...): plain text has single ordinary spaces. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Zs}]+");

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
        for (Template template : Templates.find(text)) {
            out.append(text, from, template.start());
            from = template.end();
        }
        return out.append(text, from, text.length()).toString();
    }

    /**
     * Plain text of a line of wikitext: footnotes, templates, tags and emphasis removed, links replaced by their
     * shown text, whitespace collapsed.
     */
    public static String toPlainText(String markup) {
        String text = stripRefs(markup);
        text = stripTemplates(text);
        text = replaceLinks(text);
        text = EXTERNAL_LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) == null ? "" : m.group(1)));
        text = BOLD_ITALIC.matcher(text).replaceAll("");
        // Inline HTML (<sup>, <small>, <span ...>, <br>) and every character entity (&ndash;, &#x2019; ...) by an
        // HTML parser; most lines have neither, and skip it.
        if (text.indexOf('<') >= 0) {
            text = Jsoup.parseBodyFragment(text).text();
        } else if (text.indexOf('&') >= 0) {
            text = Parser.unescapeEntities(text, false);
        }
        return SPACES.matcher(text).replaceAll(" ").trim();
    }

    /** {@code [[target|shown]]} becomes {@code shown}, {@code [[target]]} becomes {@code target}. */
    private static String replaceLinks(String text) {
        if (!text.contains("[[")) {
            return text;
        }
        return LINK.matcher(text).replaceAll(m -> {
            String target = m.group(1);
            if (m.group(2) != null) {
                return Matcher.quoteReplacement(m.group(2));
            }
            int hash = target.indexOf('#');
            return Matcher.quoteReplacement(hash >= 0 ? target.substring(0, hash) : target);
        });
    }

    /** The targets of the links in the text, in order, without section anchors. */
    public static java.util.List<String> linkTargets(String text) {
        java.util.List<String> targets = new java.util.ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            String target = m.group(1);
            int hash = target.indexOf('#');
            target = (hash >= 0 ? target.substring(0, hash) : target).trim();
            if (!target.isEmpty() && !target.contains(":")) {
                targets.add(target);
            }
        }
        return targets;
    }
}
