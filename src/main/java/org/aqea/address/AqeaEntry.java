package org.aqea.address;

import java.util.List;
import java.util.Map;

/**
 * A lexical entry as AQEA stores it (the spec's entry table). {@code meta} holds the extracted lexical data and
 * the AQEA decisions; {@code address} is null when {@code reason} says why.
 */
public record AqeaEntry(String address, String reason, String label, String description, String domain, String langUi,
                        String status, String field, String fieldRule, Map<String, Object> meta, List<Relation> relations) {

    public static final String ACTIVE = "active";
    public static final String DRAFT = "draft";
    public static final String DEPRECATED = "deprecated";
    public static final String PENDING_REVIEW = "pending_review";
}
