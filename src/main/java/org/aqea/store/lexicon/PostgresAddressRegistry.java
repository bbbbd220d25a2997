package org.aqea.store.lexicon;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.aqea.address.AddressAllocator;
import org.aqea.address.Allocation;
import org.aqea.address.AllocationRequest;
import org.aqea.address.AqeaAddress;
import org.aqea.address.AqeaEntry;
import org.aqea.address.BlockCapacity;
import org.aqea.address.InMemoryAddressRegistry;
import org.aqea.address.LexemeKey;

/**
 * The address registry in PostgreSQL (table {@code lexeme}), with the same rules as the in-memory one: the
 * allocator runs on an in-memory copy of the affected classes, under a transaction-scoped advisory lock per
 * (language, class), and the new rows are inserted in the caller's transaction. The unique constraints on
 * {@code lexeme_key} and {@code address} make any duplicate fail, whatever the Java code does.
 */
public final class PostgresAddressRegistry {

    /** Distinguishes our advisory locks from anybody else's: "AQEA" in the high half of the lock key. */
    private static final long LOCK_NAMESPACE = 0x41514541L << 32;

    private PostgresAddressRegistry() {
    }

    /**
     * What an allocation gave, and how often it found a class locked by another allocator and had to wait
     * (an allocation conflict: harmless, but a sign of allocators competing).
     */
    public record Result(Map<LexemeKey, Allocation> allocations, int lockConflicts) {
    }

    /** Allocates in the connection's current transaction; the caller commits (which releases the locks). */
    public static Result allocate(Connection connection, List<AllocationRequest> requests) throws SQLException {
        Set<Integer> classes = new TreeSet<>();
        for (AllocationRequest request : requests) {
            classes.add(request.domain() << 8 | request.wordClass().code());
        }
        InMemoryAddressRegistry space = new InMemoryAddressRegistry();
        Set<LexemeKey> known = new HashSet<>();
        int conflicts = 0;
        // Locks are taken in ascending order, so two allocators never wait for each other in a cycle.
        try (PreparedStatement tryLock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)");
             PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)");
             PreparedStatement load = connection.prepareStatement(
                     "SELECT lexeme_key, address, overflowed FROM lexeme WHERE domain = ? AND word_class = ? AND address IS NOT NULL")) {
            for (int domainAndClass : classes) {
                if (!locked(tryLock, LOCK_NAMESPACE | domainAndClass)) {
                    conflicts++;
                    lock.setLong(1, LOCK_NAMESPACE | domainAndClass);
                    lock.execute();
                }
                load.setInt(1, domainAndClass >>> 8);
                load.setInt(2, domainAndClass & 0xFF);
                try (ResultSet rs = load.executeQuery()) {
                    while (rs.next()) {
                        LexemeKey key = LexemeKey.ofText(rs.getString(1));
                        space.take(new AqeaAddress(rs.getInt(2)), key, rs.getBoolean(3));
                        known.add(key);
                    }
                }
            }
        }
        Map<LexemeKey, Allocation> allocations = AddressAllocator.allocate(requests, space);
        insertNew(connection, requests, allocations, known);
        return new Result(allocations, conflicts);
    }

    private static boolean locked(PreparedStatement tryLock, long key) throws SQLException {
        tryLock.setLong(1, key);
        try (ResultSet rs = tryLock.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /**
     * The new lexemes' rows in one statement (arrays unnested): the registry's triggers log them once per statement,
     * so that one statement, not one per row, is what keeps the log cheap.
     */
    private static void insertNew(Connection connection, List<AllocationRequest> requests, Map<LexemeKey, Allocation> allocations,
                                  Set<LexemeKey> known) throws SQLException {
        String sql = """
                INSERT INTO lexeme (lexeme_key, address, domain, word_class, field, overflowed, status, reason)
                SELECT * FROM unnest(?::text[], ?::integer[], ?::smallint[], ?::smallint[], ?::smallint[], ?::boolean[],
                    ?::varchar[], ?::text[])
                ON CONFLICT (lexeme_key) DO UPDATE SET address = EXCLUDED.address, overflowed = EXCLUDED.overflowed,
                    status = EXCLUDED.status, reason = EXCLUDED.reason
                WHERE lexeme.address IS NULL AND EXCLUDED.address IS NOT NULL
                """;
        Set<LexemeKey> inserted = new HashSet<>();
        List<Object[]> columns = List.of(new Object[requests.size()], new Object[requests.size()], new Object[requests.size()],
                new Object[requests.size()], new Object[requests.size()], new Object[requests.size()],
                new Object[requests.size()], new Object[requests.size()]);
        int rows = 0;
        for (AllocationRequest request : requests) {
            if (known.contains(request.key()) || !inserted.add(request.key())) {
                continue;
            }
            Allocation allocation = allocations.get(request.key());
            Object[] row = {request.key().text(), allocation.address() == null ? null : allocation.address().value(),
                    (short) request.domain(), (short) request.wordClass().code(), (short) request.field().code(),
                    allocation.overflowed(), allocation.address() == null ? AqeaEntry.PENDING_REVIEW : AqeaEntry.ACTIVE,
                    allocation.reason()};
            for (int column = 0; column < row.length; column++) {
                columns.get(column)[rows] = row[column];
            }
            rows++;
        }
        if (rows == 0) {
            return;
        }
        String[] types = {"text", "integer", "smallint", "smallint", "smallint", "boolean", "varchar", "text"};
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int column = 0; column < types.length; column++) {
                insert.setArray(column + 1, connection.createArrayOf(types[column], Arrays.copyOf(columns.get(column), rows)));
            }
            insert.executeUpdate();
        }
    }

    /** Blocks in use with allocated, free and overflowed-in counts, ordered by block. */
    public static List<BlockCapacity> capacity(Connection connection) throws SQLException {
        List<BlockCapacity> blocks = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT (address::bigint & 4294967295) >> 8 AS block, count(*), count(*) FILTER (WHERE overflowed)
                FROM lexeme WHERE address IS NOT NULL GROUP BY 1 ORDER BY 1
                """);
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                blocks.add(new BlockCapacity((int) rs.getLong(1), rs.getInt(2), rs.getInt(3)));
            }
        }
        return blocks;
    }
}
