package org.aqea.enwiktionary;

import java.util.ArrayList;
import java.util.List;
import org.aqea.edition.LanguageTable.Language;

/**
 * Reads the language tables of English Wiktionary's data modules ({@code Module:languages/data/2},
 * {@code .../data/3/a} ..., {@code Module:etymology languages/data}): Lua source of the form
 * <pre>m["de"] = {"German", 188, "gmw", "Latn", aliases = {"High German", "New High German"}, ...}</pre>
 * (an etymology-only language names itself {@code canonicalName = "..."}). Only the code, the canonical name (the
 * first positional string, or {@code canonicalName}) and the names in {@code aliases} and {@code otherNames} are
 * read; the rest of the table is skipped. One pass, no Lua run; text that does not have this form is passed over.
 */
final class LanguageModules {

    private final String text;
    private int at;

    private LanguageModules(String text) {
        this.text = text;
    }

    static List<Language> read(String lua) {
        return new LanguageModules(lua).languages();
    }

    /** Every {@code m[code] = {...}} outside comments and strings. */
    private List<Language> languages() {
        List<Language> languages = new ArrayList<>();
        while (at < text.length()) {
            skipSpaceAndComments();
            if (at >= text.length()) {
                break;
            }
            char c = text.charAt(at);
            if (c == '"' || c == '\'') {
                string();
                continue;
            }
            boolean entry = c == 'm' && at + 1 < text.length() && text.charAt(at + 1) == '['
                    && (at == 0 || !isNamePart(text.charAt(at - 1)));
            at += entry ? 2 : 1;
            if (!entry) {
                continue;
            }
            String code = string();
            if (code != null && skipSpaceThen(']') && skipSpaceThen('=') && skipSpaceThen('{')) {
                Language language = table(code);
                if (language != null) {
                    languages.add(language);
                }
            }
        }
        return languages;
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The body of {@code m[code] = {...}} after its opening brace, up to and including its closing brace. */
    private Language table(String code) {
        String canonical = null;
        List<String> others = new ArrayList<>();
        boolean positional = true;
        while (at < text.length()) {
            skipSpaceAndComments();
            if (at >= text.length()) {
                return null;
            }
            char c = text.charAt(at);
            if (c == '}') {
                at++;
                return canonical == null ? null : new Language(code, canonical, List.copyOf(others));
            }
            if (c == ',' || c == ';') {
                at++;
                continue;
            }
            if (c == '"' || c == '\'') {
                String value = string();
                if (positional && canonical == null) {
                    canonical = value;
                }
                positional = false;
                continue;
            }
            String key = identifier();
            if (key != null && skipSpaceThen('=')) {
                skipSpaceAndComments();
                if (at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\'')) {
                    String value = string();
                    if (key.equals("canonicalName")) {
                        canonical = value;
                    }
                } else if (at < text.length() && text.charAt(at) == '{') {
                    at++;
                    List<String> values = strings();
                    if (key.equals("aliases") || key.equals("otherNames")) {
                        others.addAll(values);
                    }
                } else {
                    skipValue();
                }
                positional = false;
                continue;
            }
            skipValue();
            positional = false;
        }
        return null;
    }

    /** The string literals of a list after its opening brace, up to and including its closing brace (nested lists skipped). */
    private List<String> strings() {
        List<String> values = new ArrayList<>();
        int depth = 1;
        while (at < text.length() && depth > 0) {
            skipSpaceAndComments();
            if (at >= text.length()) {
                break;
            }
            char c = text.charAt(at);
            if (c == '"' || c == '\'') {
                String value = string();
                if (depth == 1 && value != null) {
                    values.add(value);
                }
            } else {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                at++;
            }
        }
        return values;
    }

    /** A number, a name or a nested table: up to the next comma or closing brace of this level. */
    private void skipValue() {
        int depth = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '"' || c == '\'') {
                string();
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return;
                }
                depth--;
            } else if ((c == ',' || c == ';') && depth == 0) {
                return;
            }
            at++;
        }
    }

    /** A quoted Lua string at the position (escapes resolved), or {@code null} when none starts there. */
    private String string() {
        if (at >= text.length() || (text.charAt(at) != '"' && text.charAt(at) != '\'')) {
            return null;
        }
        char quote = text.charAt(at++);
        StringBuilder value = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == quote) {
                return value.toString();
            }
            if (c == '\n') {
                return null;
            }
            if (c == '\\' && at < text.length()) {
                char escaped = text.charAt(at++);
                value.append(escaped == 'n' ? '\n' : escaped == 't' ? '\t' : escaped);
            } else {
                value.append(c);
            }
        }
        return null;
    }

    private String identifier() {
        int start = at;
        while (at < text.length() && isNamePart(text.charAt(at))) {
            at++;
        }
        return at > start ? text.substring(start, at) : null;
    }

    private boolean skipSpaceThen(char expected) {
        skipSpaceAndComments();
        if (at < text.length() && text.charAt(at) == expected) {
            at++;
            return true;
        }
        return false;
    }

    /** Spaces, and Lua comments: {@code -- to the end of the line}. */
    private void skipSpaceAndComments() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
            } else if (c == '-' && at + 1 < text.length() && text.charAt(at + 1) == '-') {
                int end = text.indexOf('\n', at);
                at = end < 0 ? text.length() : end + 1;
            } else {
                return;
            }
        }
    }
}
