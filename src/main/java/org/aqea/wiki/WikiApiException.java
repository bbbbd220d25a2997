package org.aqea.wiki;

import java.io.IOException;

/** A wiki's API refused a query, kept failing, or the run's budget of requests is spent. */
public class WikiApiException extends IOException {

    public WikiApiException(String message) {
        super(message);
    }
}
