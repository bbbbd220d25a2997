package org.aqea.registry;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a log against itself, its signed head and the lexicon it records: leaves numbered without gap, each hash
 * the one its text gives, each event possible after the ones before it (an address allocated once, deprecated only
 * while active, restored only while deprecated), the root of the head's first leaves the signed one, and every
 * addressed lexeme and every entry's address as the log says. Fed leaf by leaf, in index order; then the lexicon.
 * Each finding names where (a leaf, an address, the head) and what is wrong.
 */
public final class LogAudit {

    /** What an addressed lexeme is in the lexicon. */
    public record Lexeme(String key, int address, int domain, int wordClass, int field, boolean overflowed,
                         boolean deprecated) {
    }

    public record Finding(String where, String what) {
        @Override
        public String toString() {
            return where + ": " + what;
        }
    }

    /** An address as the log left it: the allocation's leaf and content, and whether its last word deprecated it. */
    private record State(long allocatedAt, RegistryLeaf.Content allocation, boolean deprecated) {
    }

    private final List<Finding> findings = new ArrayList<>();
    private final List<byte[]> hashes = new ArrayList<>();
    private final Map<Integer, State> addresses = new HashMap<>();
    private final Set<Integer> seenInLexicon = new HashSet<>();

    /** The next leaf of the log. */
    public void leaf(RegistryLeaf leaf) {
        long expected = hashes.size();
        if (leaf.index() != expected) {
            findings.add(new Finding("leaf " + expected, leaf.index() > expected
                    ? "missing: the log goes on at leaf " + leaf.index() + " (leaves were deleted)"
                    : "leaf " + leaf.index() + " comes again"));
        }
        byte[] hash = leaf.hash();
        hashes.add(hash);
        String where = "leaf " + leaf.index();
        if (!MessageDigest.isEqual(hash, leaf.storedHash())) {
            findings.add(new Finding(where, "its text does not give its stored hash (the leaf was edited)"));
        }
        RegistryLeaf.Content content = leaf.content();
        if (content == null) {
            findings.add(new Finding(where, "its text is no leaf of this log: " + leaf.text()));
            return;
        }
        State state = addresses.get(content.address());
        String address = "address " + content.addressHex();
        switch (content.event()) {
            case RegistryLeaf.ALLOCATED -> {
                if (state != null) {
                    findings.add(new Finding(where, address + " allocated again, to " + content.lexeme()
                            + ", after leaf " + state.allocatedAt() + " gave it to " + state.allocation().lexeme()));
                } else {
                    addresses.put(content.address(), new State(leaf.index(), content, false));
                }
            }
            case RegistryLeaf.DEPRECATED, RegistryLeaf.RESTORED -> {
                boolean deprecating = content.event().equals(RegistryLeaf.DEPRECATED);
                if (state == null) {
                    findings.add(new Finding(where, content.event() + " " + address + ", which no earlier leaf allocated"));
                } else if (!state.allocation().lexeme().equals(content.lexeme())) {
                    findings.add(new Finding(where, content.event() + " " + address + " as lexeme " + content.lexeme()
                            + "'s, but leaf " + state.allocatedAt() + " gave it to " + state.allocation().lexeme()));
                } else if (state.deprecated() == deprecating) {
                    findings.add(new Finding(where, content.event() + " " + address + ", which was "
                            + (deprecating ? "deprecated" : "active") + " already"));
                } else {
                    addresses.put(content.address(), new State(state.allocatedAt(), state.allocation(), deprecating));
                }
            }
            default -> throw new IllegalStateException("content() admits no event " + content.event());
        }
    }

    /** The leaves read so far. */
    public int size() {
        return hashes.size();
    }

    /** The tree of the leaves read so far, hashed from their texts. */
    public MerkleTree tree() {
        return new MerkleTree(hashes);
    }

    /**
     * A signed head: its signature by the trusted key, and the root of the log's first leaves. {@code name} says
     * which head it is in the findings (the latest stored one, or one the user kept).
     */
    public void head(String name, TreeHead head, byte[] trustedPublicKey) {
        if (!head.signedBy(trustedPublicKey)) {
            findings.add(new Finding(name, "its signature is not the trusted key's"));
        }
        if (head.treeSize() > hashes.size()) {
            findings.add(new Finding(name, "signed " + head.treeSize() + " leaves, the log holds " + hashes.size()
                    + " (leaves were deleted)"));
        } else if (!MessageDigest.isEqual(tree().root((int) head.treeSize()), head.rootHash())) {
            findings.add(new Finding(name, "the log's first " + head.treeSize() + " leaves do not give the signed root "
                    + head.rootHex() + " (leaves were changed, removed or inserted before it was signed)"));
        }
    }

    /** An addressed lexeme of the lexicon: it must be what the log says its address is. */
    public void lexeme(Lexeme lexeme) {
        String where = "address " + String.format("%08X", lexeme.address());
        seenInLexicon.add(lexeme.address());
        State state = addresses.get(lexeme.address());
        if (state == null) {
            findings.add(new Finding(where, "lexeme " + lexeme.key() + " has it, but no leaf allocated it"));
            return;
        }
        RegistryLeaf.Content allocation = state.allocation();
        String leaf = " (leaf " + state.allocatedAt() + ")";
        if (!allocation.lexeme().equals(lexeme.key())) {
            findings.add(new Finding(where, "the lexicon gives it to " + lexeme.key() + ", the log to "
                    + allocation.lexeme() + leaf));
            return;
        }
        List<String> differences = new ArrayList<>();
        differ(differences, "domain", allocation.domain(), lexeme.domain());
        differ(differences, "class", allocation.wordClass(), lexeme.wordClass());
        differ(differences, "field", allocation.field(), lexeme.field());
        differ(differences, "overflowed", allocation.overflowed(), lexeme.overflowed());
        differ(differences, "status", state.deprecated() ? "deprecated" : "active", lexeme.deprecated() ? "deprecated" : "active");
        if (!differences.isEmpty()) {
            findings.add(new Finding(where, "lexeme " + lexeme.key() + " differs from the log" + leaf + ": "
                    + String.join(", ", differences)));
        }
    }

    /** An entry's address and its lexeme: the log must give that address to that lexeme. */
    public void entry(String word, int address, String lexemeKey) {
        State state = addresses.get(address);
        if (state != null && !state.allocation().lexeme().equals(lexemeKey)) {
            findings.add(new Finding("address " + String.format("%08X", address), "entry '" + word + "' of lexeme "
                    + lexemeKey + " carries it; the log gave it to " + state.allocation().lexeme()
                    + " (leaf " + state.allocatedAt() + ")"));
        }
    }

    /** What is wrong: the findings in the order they were found, then the log's addresses that no lexeme has. */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>(findings);
        addresses.entrySet().stream()
                .filter(e -> !seenInLexicon.contains(e.getKey()))
                .sorted(Map.Entry.comparingByKey(Integer::compareUnsigned))
                .forEach(e -> all.add(new Finding("address " + String.format("%08X", e.getKey()), "the log gave it to "
                        + e.getValue().allocation().lexeme() + " (leaf " + e.getValue().allocatedAt()
                        + "); no lexeme of the lexicon has it (the lexeme was deleted)")));
        return all;
    }

    private static void differ(List<String> differences, String what, Object logged, Object stored) {
        if (!Objects.equals(logged, stored)) {
            differences.add(what + " " + stored + " where the log says " + logged);
        }
    }
}
