package org.aqea.dump;

import java.util.Locale;
import java.util.Optional;

/**
 * The User-Agent the product's downloads send, as Wikimedia's User-Agent policy asks of every client: product and
 * version, the operator's contact (an e-mail address or web page), the library. Wikimedia limits and then blocks
 * clients that do not name their operator, so a download from one of its hosts needs the contact.
 */
public final class UserAgent {

    private static final String PRODUCT = "AQEA-Extractor/0.1.0";
    private static final String CONTACT = "[^\\s@()]+@[^\\s@()]+\\.[^\\s@()]+|https?://[^\\s()]+";

    private UserAgent() {
    }

    public static String of(Optional<String> contact) {
        return PRODUCT + contact.map(c -> " (" + c.trim() + ")").orElse("") + " Java-http-client/" + Runtime.version().feature();
    }

    /** Whether a contact is an e-mail address or a web page. */
    public static boolean isContact(String value) {
        return value.trim().matches(CONTACT);
    }

    /** The hosts of Wikimedia's own sites (its dumps, wikis and APIs), not of the mirrors. */
    public static boolean isWikimedia(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        for (String domain : new String[] {"wikimedia.org", "wikipedia.org", "wiktionary.org", "wikidata.org"}) {
            if (name.equals(domain) || name.endsWith("." + domain)) {
                return true;
            }
        }
        return false;
    }
}
