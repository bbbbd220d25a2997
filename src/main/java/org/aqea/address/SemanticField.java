package org.aqea.address;

/**
 * The EE byte below the overflow region: semantic fields. Codes up to {@code action} are the predecessor's;
 * {@code general} moved to 0x00 in v1; the fields from {@code medicine} on are new in this project, on codes that
 * were free.
 */
public enum SemanticField {
    GENERAL(0x00),
    NATURE(0x01),
    ANIMALS(0x02),
    PLANTS(0x03),
    WEATHER(0x04),
    GEOGRAPHY(0x05),
    BODY(0x10),
    FAMILY(0x11),
    PROFESSION(0x12),
    EMOTION(0x13),
    SOCIAL(0x14),
    TOOLS(0x20),
    FOOD(0x21),
    CLOTHING(0x22),
    TRANSPORT(0x23),
    TECHNOLOGY(0x24),
    TIME(0x30),
    SPACE(0x31),
    QUANTITY(0x32),
    QUALITY(0x33),
    ACTION(0x34),
    // new in v1
    MEDICINE(0x15),
    LAW(0x16),
    RELIGION(0x17),
    SPORT(0x18),
    MUSIC(0x19),
    COLOUR(0x35),
    CHEMISTRY(0x06),
    MATHEMATICS(0x36);

    private final int code;

    SemanticField(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public String id() {
        return name().toLowerCase();
    }

    public static SemanticField ofCode(int code) {
        for (SemanticField field : values()) {
            if (field.code == code) {
                return field;
            }
        }
        return null;
    }

    public static SemanticField ofId(String id) {
        return valueOf(id.toUpperCase());
    }
}
