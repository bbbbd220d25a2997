package org.aqea.wikitext;

import java.util.List;
import java.util.Map;

/**
 * A template call such as {@code {{Ü|en|child}}} or {@code {{Ü-Tabelle|1|G=gloss|Ü-Liste=...}}}: its name, its
 * positional arguments in order, and its named arguments. Argument values are raw wikitext, trimmed.
 *
 * @param start offset of the opening braces in the text it was found in
 * @param end   offset just after the closing braces
 */
public record Template(String name, List<String> positional, Map<String, String> named, int start, int end) {

    /** The n-th positional argument (1-based, as in wikitext), or {@code ""} when absent. */
    public String arg(int n) {
        return n >= 1 && n <= positional.size() ? positional.get(n - 1) : "";
    }

    /** A named argument, or {@code ""} when absent. */
    public String arg(String name) {
        return named.getOrDefault(name, "");
    }
}
