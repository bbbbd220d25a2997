package org.aqea.registry;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency 2.0), section 2.1, over a list of leaf hashes: its root for
 * any size, inclusion and consistency proofs, and their verification by the RFC's algorithms. A proof is computed
 * from the leaf hashes it needs, so its cost grows with the tree's size; the verification costs one hash per proof
 * element.
 */
public final class MerkleTree {

    public static final int HASH_BYTES = 32;

    private final List<byte[]> leafHashes;

    /** A tree over these leaf hashes (not copied: the caller gives a list it no longer changes). */
    public MerkleTree(List<byte[]> leafHashes) {
        this.leafHashes = leafHashes;
    }

    public int size() {
        return leafHashes.size();
    }

    /** The hash of the leaf at {@code index}. */
    public byte[] hashOfLeaf(int index) {
        return leafHashes.get(index);
    }

    /** {@code SHA-256(0x00 || leaf)}. */
    public static byte[] leafHash(byte[] leaf) {
        MessageDigest sha256 = sha256();
        sha256.update((byte) 0);
        return sha256.digest(leaf);
    }

    /** {@code SHA-256(0x01 || left || right)}. */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha256 = sha256();
        sha256.update((byte) 1);
        sha256.update(left);
        return sha256.digest(right);
    }

    /** The root of the first {@code size} leaves: MTH(D[0:size]); the hash of no bytes for the empty tree. */
    public byte[] root(int size) {
        requireSize(size);
        return size == 0 ? sha256().digest() : hash(0, size);
    }

    /** PATH(index, D[0:size]): the audit path of a leaf in the tree of the first {@code size} leaves. */
    public List<byte[]> inclusionProof(int index, int size) {
        requireSize(size);
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size + " leaves");
        }
        List<byte[]> path = new ArrayList<>();
        path(index, 0, size, path);
        return path;
    }

    /** PROOF(from, D[0:to]): that the tree of {@code to} leaves extends the tree of {@code from}; empty when equal. */
    public List<byte[]> consistencyProof(int from, int to) {
        requireSize(to);
        if (from < 0 || from > to) {
            throw new IllegalArgumentException("a tree of " + from + " leaves is not a prefix of one of " + to);
        }
        List<byte[]> proof = new ArrayList<>();
        if (from > 0 && from < to) {
            subproof(from, 0, to, true, proof);
        }
        return proof;
    }

    /**
     * RFC 9162 2.1.3.2: whether the path proves the leaf hash at {@code index} in the tree of {@code size} leaves
     * whose root is {@code root}.
     */
    public static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size || !wellFormed(path) || leafHash.length != HASH_BYTES) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    /**
     * RFC 9162 2.1.4.2: whether the proof shows that the tree of {@code to} leaves with root {@code toRoot} extends
     * the tree of {@code from} leaves with root {@code fromRoot}. Equal sizes need equal roots and an empty proof;
     * the empty tree is a prefix of every tree.
     */
    public static boolean verifyConsistency(long from, long to, List<byte[]> proof, byte[] fromRoot, byte[] toRoot) {
        if (from < 0 || from > to || !wellFormed(proof)) {
            return false;
        }
        if (from == to) {
            return proof.isEmpty() && MessageDigest.isEqual(fromRoot, toRoot);
        }
        if (from == 0) {
            return proof.isEmpty();
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(from) == 1) {
            path.add(0, fromRoot);
        }
        long fn = from - 1;
        long sn = to - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, fromRoot) && MessageDigest.isEqual(sr, toRoot);
    }

    /** MTH(D[from:to]) for a non-empty range. */
    private byte[] hash(int from, int to) {
        if (to - from == 1) {
            return leafHashes.get(from);
        }
        int k = split(to - from);
        return nodeHash(hash(from, from + k), hash(from + k, to));
    }

    private void path(int index, int from, int to, List<byte[]> path) {
        if (to - from == 1) {
            return;
        }
        int k = split(to - from);
        if (index < k) {
            path(index, from, from + k, path);
            path.add(hash(from + k, to));
        } else {
            path(index - k, from + k, to, path);
            path.add(hash(from, from + k));
        }
    }

    private void subproof(int m, int from, int to, boolean whole, List<byte[]> proof) {
        int n = to - from;
        if (m == n) {
            if (!whole) {
                proof.add(hash(from, to));
            }
            return;
        }
        int k = split(n);
        if (m <= k) {
            subproof(m, from, from + k, whole, proof);
            proof.add(hash(from + k, to));
        } else {
            subproof(m - k, from + k, to, false, proof);
            proof.add(hash(from, from + k));
        }
    }

    /** The largest power of two smaller than {@code n} (n > 1). */
    private static int split(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private void requireSize(int size) {
        if (size < 0 || size > leafHashes.size()) {
            throw new IllegalArgumentException("the log holds " + leafHashes.size() + " leaves, not " + size);
        }
    }

    private static boolean wellFormed(List<byte[]> hashes) {
        return hashes.stream().allMatch(h -> h != null && h.length == HASH_BYTES);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The hashes as lowercase hex, as the API and the CLI show them. */
    public static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HexFormat.of()::formatHex).toList();
    }
}
