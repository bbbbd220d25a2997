package org.aqea.store.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.aqea.registry.LogAudit;
import org.aqea.registry.MerkleTree;
import org.aqea.registry.RegistryLeaf;
import org.aqea.registry.SigningKey;
import org.aqea.registry.TreeHead;

/**
 * The address registry's log in PostgreSQL (tables {@code registry_leaf} and {@code registry_head}, written by the
 * triggers of {@code V14__address_registry.sql}): naming the run whose changes the triggers log, signing heads,
 * reading leaves for proofs, and the audit of the whole log against the lexicon. Plain JDBC on the caller's
 * connection, shared by the server and the offline command.
 */
public final class RegistryLog {

    /** Leaves are read from the database this many at a time. */
    private static final int FETCH = 10_000;

    private RegistryLog() {
    }

    /** Names the run in whose transaction the triggers log (leaf field {@code run}), for this transaction only. */
    public static void nameRun(Connection connection, String run) throws SQLException {
        try (PreparedStatement name = connection.prepareStatement("SELECT set_config('aqea.run', ?, true)")) {
            name.setString(1, run);
            name.execute();
        }
    }

    /** The number of leaves. */
    public static long size(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT coalesce(max(leaf_index) + 1, 0) FROM registry_leaf")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The tree of the first {@code size} leaves, from their stored hashes. */
    public static MerkleTree tree(Connection connection, long size) throws SQLException {
        List<byte[]> hashes = new ArrayList<>();
        try (PreparedStatement select = fetching(connection,
                "SELECT leaf_hash FROM registry_leaf WHERE leaf_index < ? ORDER BY leaf_index")) {
            select.setLong(1, size);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    hashes.add(rs.getBytes(1));
                }
            }
        }
        return new MerkleTree(hashes);
    }

    /**
     * Signs the log's current size and root, unless the latest head has that size already; returns the head that
     * holds now (empty for an empty log). Heads are only ever added.
     */
    public static Optional<TreeHead> signHead(Connection connection, SigningKey key) throws SQLException {
        long size = size(connection);
        Optional<TreeHead> latest = latestHead(connection);
        if (size == 0 || latest.isPresent() && latest.get().treeSize() == size) {
            return latest;
        }
        byte[] root = tree(connection, size).root((int) size);
        // Microseconds, as PostgreSQL keeps them: the signed text must be rebuilt from the stored time.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        TreeHead head = new TreeHead(size, root, now, key.publicKey(), key.sign(TreeHead.signedText(size, root, now)));
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO registry_head (tree_size, root_hash, signed_at, public_key, signature) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (tree_size) DO NOTHING""")) {
            insert.setLong(1, size);
            insert.setBytes(2, root);
            insert.setTimestamp(3, Timestamp.from(now));
            insert.setBytes(4, head.publicKey());
            insert.setBytes(5, head.signature());
            insert.executeUpdate();
        }
        return head(connection, size);
    }

    public static Optional<TreeHead> latestHead(Connection connection) throws SQLException {
        List<TreeHead> heads = heads(connection, "ORDER BY tree_size DESC LIMIT 1", null);
        return heads.stream().findFirst();
    }

    public static Optional<TreeHead> head(Connection connection, long size) throws SQLException {
        return heads(connection, "WHERE tree_size = ?", size).stream().findFirst();
    }

    /** Every signed head, oldest first. */
    public static List<TreeHead> heads(Connection connection) throws SQLException {
        return heads(connection, "ORDER BY tree_size", null);
    }

    private static List<TreeHead> heads(Connection connection, String clause, Long size) throws SQLException {
        List<TreeHead> heads = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT tree_size, root_hash, signed_at, public_key, signature FROM registry_head " + clause)) {
            if (size != null) {
                select.setLong(1, size);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    heads.add(new TreeHead(rs.getLong(1), rs.getBytes(2), rs.getTimestamp(3).toInstant(), rs.getBytes(4),
                            rs.getBytes(5)));
                }
            }
        }
        return heads;
    }

    /** The leaf at an index. */
    public static Optional<RegistryLeaf> leaf(Connection connection, long index) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT leaf_index, leaf, leaf_hash FROM registry_leaf WHERE leaf_index = ?")) {
            select.setLong(1, index);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(new RegistryLeaf(rs.getLong(1), rs.getString(2), rs.getBytes(3)))
                        : Optional.empty();
            }
        }
    }

    /** The index of the leaf that allocated the address. */
    public static OptionalLong allocationLeaf(Connection connection, int address) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT leaf_index FROM registry_leaf WHERE address = ? AND event = 'allocated' ORDER BY leaf_index LIMIT 1")) {
            select.setInt(1, address);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /**
     * Every leaf in index order, as stored (the export carries them, the import appends them again).
     */
    public static void forEachLeaf(Connection connection, LeafConsumer consumer) throws SQLException {
        try (PreparedStatement select = fetching(connection,
                "SELECT leaf_index, leaf, leaf_hash FROM registry_leaf ORDER BY leaf_index");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                consumer.accept(new RegistryLeaf(rs.getLong(1), rs.getString(2), rs.getBytes(3)));
            }
        }
    }

    /** Takes leaves one by one. */
    public interface LeafConsumer {
        void accept(RegistryLeaf leaf) throws SQLException;
    }

    /**
     * The audit of the whole log ({@link LogAudit}): its leaves, the latest signed head by the trusted key (the
     * head's own key when none is given), a head the user kept, the addressed lexemes and the entries' addresses.
     * Reads in one repeatable-read transaction, so that a run writing meanwhile cannot make it report a difference.
     */
    public static Audit audit(Connection connection, byte[] trustedKey, TreeHead kept) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            LogAudit audit = new LogAudit();
            forEachLeaf(connection, audit::leaf);
            Optional<TreeHead> latest = latestHead(connection);
            latest.ifPresent(head -> audit.head("the latest signed head (" + head.treeSize() + " leaves, " + head.signedAt()
                    + ")", head, trustedKey != null ? trustedKey : head.publicKey()));
            if (kept != null) {
                audit.head("the kept head (" + kept.treeSize() + " leaves, " + kept.signedAt() + ")", kept,
                        trustedKey != null ? trustedKey : kept.publicKey());
            }
            long lexemes = 0;
            try (PreparedStatement select = fetching(connection, """
                    SELECT lexeme_key, address, domain, word_class, field, overflowed, status FROM lexeme
                    WHERE address IS NOT NULL""");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    audit.lexeme(new LogAudit.Lexeme(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                            rs.getBoolean(6), "deprecated".equals(rs.getString(7))));
                    lexemes++;
                }
            }
            long entries = 0;
            try (PreparedStatement select = fetching(connection, """
                    SELECT min(word), address, lexeme_key FROM entry
                    WHERE address IS NOT NULL AND status <> 'deprecated' GROUP BY address, lexeme_key""");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    audit.entry(rs.getString(1), rs.getInt(2), rs.getString(3));
                    entries++;
                }
            }
            connection.commit();
            return new Audit(audit.size(), latest, lexemes, entries, audit.findings());
        } finally {
            connection.rollback();
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * What an audit read and found.
     *
     * @param addressedEntries distinct (address, lexeme) pairs of the live entries
     */
    public record Audit(long leaves, Optional<TreeHead> latestHead, long addressedLexemes, long addressedEntries,
                        List<LogAudit.Finding> findings) {
    }

    private static PreparedStatement fetching(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setFetchSize(FETCH);
        return statement;
    }
}
