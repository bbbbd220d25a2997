package org.aqea.store.registry;

import jakarta.annotation.Resource;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.aqea.config.ServerRole;
import org.aqea.config.Settings;
import org.aqea.registry.MerkleTree;
import org.aqea.registry.RegistryLeaf;
import org.aqea.registry.SigningKey;
import org.aqea.registry.TreeHead;
import org.aqea.store.LocalTransaction;
import org.aqea.store.StoreException;
import org.aqea.store.transfer.RegistryTransfer;

/** The server's side of the address registry ({@link RegistryLog}) on the lexicon datasource. */
@ApplicationScoped
public class RegistryStore {

    @Resource(lookup = "jdbc/aqea-lexicon")
    private DataSource dataSource;

    private static final Logger LOG = Logger.getLogger(RegistryStore.class.getName());

    private volatile SigningKey key;

    /**
     * Loads (or makes) the signing key when a server that finishes runs starts, so that a key file it cannot read
     * stops the start, not the first run's finish, and the log names the key heads will be signed with.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class) Object event) {
        if (Settings.role() == ServerRole.EXECUTOR) {
            return;
        }
        byte[] publicKey = key().publicKey();
        LOG.info(() -> "the address registry's heads are signed with the Ed25519 key in " + Settings.registryKey()
                + " (public key " + Base64.getEncoder().encodeToString(publicKey) + ")");
    }

    /** An inclusion proof: the leaf, its index, the tree's size and root, the audit path. */
    public record Inclusion(RegistryLeaf leaf, long treeSize, byte[] root, List<byte[]> path) {
    }

    /** A consistency proof between two sizes, with both roots. */
    public record Consistency(long from, long to, byte[] fromRoot, byte[] toRoot, List<byte[]> proof) {
    }

    /** Signs the log's current state unless the latest head holds it already; the head that holds now. */
    public Optional<TreeHead> signHead() {
        return LocalTransaction.run(dataSource, "signing the registry's tree head", connection -> RegistryLog.signHead(connection, key()));
    }

    public Optional<TreeHead> latestHead() {
        return read("reading the registry's latest head", RegistryLog::latestHead);
    }

    public List<TreeHead> heads() {
        return read("reading the registry's heads", RegistryLog::heads);
    }

    /** The server's public key (X.509 DER). */
    public byte[] publicKey() {
        return key().publicKey();
    }

    public OptionalLong allocationLeaf(int address) {
        return read("finding an address's leaf", connection -> RegistryLog.allocationLeaf(connection, address));
    }

    /** The proof of the leaf at {@code index} in the tree of {@code treeSize} leaves; empty when either is not there. */
    public Optional<Inclusion> inclusion(long index, long treeSize) {
        return read("proving a leaf's inclusion", connection -> {
            Optional<RegistryLeaf> leaf = RegistryLog.leaf(connection, index);
            if (leaf.isEmpty() || index >= treeSize || treeSize > RegistryLog.size(connection)) {
                return Optional.empty();
            }
            MerkleTree tree = RegistryLog.tree(connection, treeSize);
            return Optional.of(new Inclusion(leaf.get(), treeSize, tree.root((int) treeSize),
                    tree.inclusionProof((int) index, (int) treeSize)));
        });
    }

    /** The proof that the tree of {@code to} leaves extends that of {@code from}; empty when the log is smaller. */
    public Optional<Consistency> consistency(long from, long to) {
        return read("proving the log's consistency", connection -> {
            if (to > RegistryLog.size(connection)) {
                return Optional.empty();
            }
            MerkleTree tree = RegistryLog.tree(connection, to);
            return Optional.of(new Consistency(from, to, tree.root((int) from), tree.root((int) to),
                    tree.consistencyProof((int) from, (int) to)));
        });
    }

    /** Writes the log as {@link RegistryTransfer} lines, read through a cursor; returns the leaves written. */
    public long export(Writer out) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            // PostgreSQL streams with a cursor only inside a transaction.
            connection.setAutoCommit(false);
            try {
                return RegistryTransfer.write(connection, out);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("exporting the registry's log", e);
        }
    }

    /** The log's size now. */
    public long size() {
        return read("counting the registry's leaves", RegistryLog::size);
    }

    private SigningKey key() {
        if (key == null) {
            try {
                key = SigningKey.loadOrCreate(Settings.registryKey());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return key;
    }

    private <T> T read(String doing, LocalTransaction.Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(doing, e);
        }
    }
}
