package org.aqea.dewiktionary;

import java.util.List;

/** A form named in the hyphenation line (syllables joined) or a form's pronunciation, with its qualifier tags. */
record FormSpelling(List<String> tags, String text) {
}
