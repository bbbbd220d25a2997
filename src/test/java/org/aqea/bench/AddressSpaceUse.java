package org.aqea.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * What a run made of the address space, read from the registry ({@code lexeme}): lexemes with and without an address,
 * those that overflowed out of their preferred block, to their field's place on planes 1 to 7 or to the overflow
 * region ({@code EE 0x40..0xFF} of any plane), and the blocks in use and full (254 places).
 */
final class AddressSpaceUse {

    private static final String LEXEMES = """
            SELECT count(*) AS lexemes,
                   count(*) FILTER (WHERE address IS NULL) AS unaddressed,
                   count(*) FILTER (WHERE overflowed) AS overflowed,
                   count(*) FILTER (WHERE address IS NOT NULL AND (address >> 21) & 7 > 0 AND (address >> 8) & 255 < 64)
                       AS on_overflow_planes,
                   count(*) FILTER (WHERE address IS NOT NULL AND (address >> 8) & 255 >= 64) AS in_overflow_region
              FROM lexeme""";
    private static final String BLOCKS = """
            SELECT count(*) AS blocks, count(*) FILTER (WHERE taken >= 254) AS full_blocks, coalesce(max(taken), 0) AS fullest
              FROM (SELECT address >> 8 AS block, count(*) AS taken FROM lexeme WHERE address IS NOT NULL GROUP BY 1) AS used""";
    private static final String REASONS = """
            SELECT coalesce(string_agg(reason || ': ' || n, '; '), 'none')
              FROM (SELECT reason, count(*) AS n FROM lexeme WHERE address IS NULL GROUP BY reason) AS unaddressed""";

    private AddressSpaceUse() {
    }

    static String describe() throws Exception {
        try (Connection connection = BenchServer.database(); Statement statement = connection.createStatement()) {
            StringBuilder text = new StringBuilder("  address space: ");
            try (ResultSet lexemes = statement.executeQuery(LEXEMES)) {
                lexemes.next();
                text.append(String.format("%,d lexemes, %,d of them overflowed out of their preferred block (%,d to their "
                                + "field's place on planes 1 to 7, %,d to the overflow region), %,d without an address", lexemes.getLong("lexemes"),
                        lexemes.getLong("overflowed"), lexemes.getLong("on_overflow_planes"),
                        lexemes.getLong("in_overflow_region"), lexemes.getLong("unaddressed")));
            }
            try (ResultSet reasons = statement.executeQuery(REASONS)) {
                reasons.next();
                text.append(" (").append(reasons.getString(1)).append(')');
            }
            try (ResultSet blocks = statement.executeQuery(BLOCKS)) {
                blocks.next();
                text.append(String.format("; %,d blocks in use, %,d of them full, the fullest holds %d", blocks.getLong("blocks"),
                        blocks.getLong("full_blocks"), blocks.getLong("fullest")));
            }
            return text.toString();
        }
    }
}
