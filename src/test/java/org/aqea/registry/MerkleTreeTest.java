package org.aqea.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The tree against the test vectors of Certificate Transparency's reference implementations (the eight leaves of
 * RFC 6962's tests, their roots and proofs, as transparency-dev/merkle publishes them; RFC 9162 hashes the same
 * way), then proofs of every leaf and every pair of sizes of random trees, each checked and each broken.
 */
class MerkleTreeTest {

    private static final String[] LEAVES = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f"};

    private static final String[] ROOTS = {
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    private static final HexFormat HEX = HexFormat.of();

    private static MerkleTree vectorTree() {
        List<byte[]> hashes = new ArrayList<>();
        for (String leaf : LEAVES) {
            hashes.add(MerkleTree.leafHash(HEX.parseHex(leaf)));
        }
        return new MerkleTree(hashes);
    }

    @Test
    void rootsOfTheReferenceTreesAndOfTheEmptyTree() {
        MerkleTree tree = vectorTree();
        for (int size = 1; size <= 8; size++) {
            assertEquals(ROOTS[size - 1], HEX.formatHex(tree.root(size)), "root of " + size + " leaves");
        }
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", HEX.formatHex(tree.root(0)));
    }

    @Test
    void inclusionProofsOfTheReferenceTrees() {
        MerkleTree tree = vectorTree();
        assertEquals(List.of(), MerkleTree.hex(tree.inclusionProof(0, 1)));
        assertEquals(List.of("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"),
                MerkleTree.hex(tree.inclusionProof(0, 8)));
        assertEquals(List.of("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
                MerkleTree.hex(tree.inclusionProof(5, 8)));
        assertEquals(List.of("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"),
                MerkleTree.hex(tree.inclusionProof(2, 3)));
        assertEquals(List.of("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
                MerkleTree.hex(tree.inclusionProof(1, 5)));
    }

    @Test
    void consistencyProofsOfTheReferenceTrees() {
        MerkleTree tree = vectorTree();
        assertEquals(List.of(), MerkleTree.hex(tree.consistencyProof(1, 1)));
        assertEquals(List.of("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"),
                MerkleTree.hex(tree.consistencyProof(1, 8)));
        assertEquals(List.of("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
                MerkleTree.hex(tree.consistencyProof(6, 8)));
        assertEquals(List.of("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
                MerkleTree.hex(tree.consistencyProof(2, 5)));
        assertEquals(List.of("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                        "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"),
                MerkleTree.hex(tree.consistencyProof(6, 7)));
    }

    @Test
    void everyProofOfRandomTreesVerifiesAndNoBrokenOneDoes() {
        Random random = new Random(9162);
        for (int n = 1; n <= 70; n++) {
            MerkleTree tree = randomTree(random, n);
            for (int size = 1; size <= n; size++) {
                byte[] root = tree.root(size);
                for (int index = 0; index < size; index++) {
                    List<byte[]> path = tree.inclusionProof(index, size);
                    byte[] leaf = tree.hashOfLeaf(index);
                    assertTrue(MerkleTree.verifyInclusion(index, size, leaf, path, root), index + " in " + size);
                    assertInclusionBreaks(random, index, size, leaf, path, root);
                }
                for (int from = 0; from <= size; from++) {
                    List<byte[]> proof = tree.consistencyProof(from, size);
                    byte[] fromRoot = tree.root(from);
                    assertTrue(MerkleTree.verifyConsistency(from, size, proof, fromRoot, root), from + " to " + size);
                    if (from > 0 && from < size) {
                        assertConsistencyBreaks(random, from, size, proof, fromRoot, root);
                    }
                }
            }
        }
    }

    @Test
    void aTreeOfAFewThousandLeavesProvesSampledLeavesAndSizes() {
        Random random = new Random(6962);
        MerkleTree tree = randomTree(random, 5_000);
        for (int i = 0; i < 200; i++) {
            int size = 1 + random.nextInt(5_000);
            int index = random.nextInt(size);
            int from = random.nextInt(size + 1);
            assertTrue(MerkleTree.verifyInclusion(index, size, tree.hashOfLeaf(index), tree.inclusionProof(index, size),
                    tree.root(size)));
            assertTrue(MerkleTree.verifyConsistency(from, size, tree.consistencyProof(from, size), tree.root(from),
                    tree.root(size)));
        }
    }

    @Test
    void sizesOutsideTheTreeAreRefused() {
        MerkleTree tree = vectorTree();
        byte[] leaf = tree.hashOfLeaf(0);
        assertFalse(MerkleTree.verifyInclusion(1, 1, leaf, List.of(), tree.root(1)));
        assertFalse(MerkleTree.verifyInclusion(0, 0, leaf, List.of(), tree.root(0)));
        assertFalse(MerkleTree.verifyConsistency(2, 1, List.of(), tree.root(2), tree.root(1)));
        assertFalse(MerkleTree.verifyConsistency(1, 2, List.of(), tree.root(1), tree.root(2)));
        assertFalse(MerkleTree.verifyConsistency(3, 3, List.of(), tree.root(3), tree.root(4)));
    }

    private static void assertInclusionBreaks(Random random, int index, int size, byte[] leaf, List<byte[]> path, byte[] root) {
        if (size > 1) {
            assertFalse(MerkleTree.verifyInclusion(index ^ 1, size, leaf, path, root), "another index: " + index + " of " + size);
        }
        assertFalse(MerkleTree.verifyInclusion(index, size * 2, leaf, path, root), "a taller tree");
        assertFalse(MerkleTree.verifyInclusion(index, size, flip(leaf, random), path, root), "another leaf");
        assertFalse(MerkleTree.verifyInclusion(index, size, leaf, path, flip(root, random)), "another root");
        List<byte[]> longer = new ArrayList<>(path);
        longer.add(root);
        assertFalse(MerkleTree.verifyInclusion(index, size, leaf, longer, root), "a hash more");
        if (!path.isEmpty()) {
            List<byte[]> changed = new ArrayList<>(path);
            int at = random.nextInt(path.size());
            changed.set(at, flip(path.get(at), random));
            assertFalse(MerkleTree.verifyInclusion(index, size, leaf, changed, root), "a changed hash");
            assertFalse(MerkleTree.verifyInclusion(index, size, leaf, path.subList(0, path.size() - 1), root), "a hash less");
        }
    }

    private static void assertConsistencyBreaks(Random random, int from, int to, List<byte[]> proof, byte[] fromRoot,
                                                byte[] toRoot) {
        assertFalse(MerkleTree.verifyConsistency(from, to, proof, flip(fromRoot, random), toRoot), "another old root");
        assertFalse(MerkleTree.verifyConsistency(from, to, proof, fromRoot, flip(toRoot, random)), "another new root");
        assertFalse(MerkleTree.verifyConsistency(from, to, List.of(), fromRoot, toRoot), "no proof");
        List<byte[]> changed = new ArrayList<>(proof);
        int at = random.nextInt(proof.size());
        changed.set(at, flip(proof.get(at), random));
        assertFalse(MerkleTree.verifyConsistency(from, to, changed, fromRoot, toRoot), "a changed hash");
        List<byte[]> longer = new ArrayList<>(proof);
        longer.add(toRoot);
        assertFalse(MerkleTree.verifyConsistency(from, to, longer, fromRoot, toRoot), "a hash more");
        assertFalse(MerkleTree.verifyConsistency(from, to * 2, proof, fromRoot, toRoot), "a taller new tree");
    }

    private static MerkleTree randomTree(Random random, int n) {
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byte[] leaf = new byte[8 + random.nextInt(32)];
            random.nextBytes(leaf);
            hashes.add(MerkleTree.leafHash(leaf));
        }
        return new MerkleTree(hashes);
    }

    private static byte[] flip(byte[] hash, Random random) {
        byte[] flipped = hash.clone();
        flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
        return flipped;
    }

    @Test
    void theLeafHashIsRfc9162s() {
        assertArrayEquals(HEX.parseHex("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"),
                MerkleTree.leafHash(new byte[0]));
    }
}
