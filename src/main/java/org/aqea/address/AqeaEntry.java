package org.aqea.address;

/**
 * The AQEA fields of an entry (the spec's entry table); {@code address} is null when {@code reason} says why. The
 * lexical data beside it is the {@code LexicalEntry}; relations are resolved when an entry is read
 * ({@link AqeaConverter#relations}), since their targets may be addressed later.
 */
public record AqeaEntry(String address, String reason, String label, String description, String domain, String langUi,
                        String status, String field, String fieldRule) {

    public static final String ACTIVE = "active";
    public static final String DRAFT = "draft";
    public static final String DEPRECATED = "deprecated";
    public static final String PENDING_REVIEW = "pending_review";
}
