package org.aqea.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.aqea.address.AqeaAddress;
import org.aqea.registry.MerkleTree;
import org.aqea.registry.TreeHead;
import org.aqea.store.registry.RegistryStore;
import org.aqea.store.transfer.RegistryTransfer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The address registry's log (RFC 9162 Merkle tree, {@code org.aqea.registry}): its signed heads and the server's
 * public key, open to anybody (published so that third parties keep heads); proofs of a leaf's inclusion and of the
 * log's consistency between two sizes; the whole log for export.
 */
@Path("registry")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegistryResource {

    @Inject
    RegistryStore registry;

    @Operation(summary = "The latest signed tree head: size, root hash, time, public key and Ed25519 signature")
    @APIResponse(responseCode = "200", description = "The head")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("head")
    public Response head() {
        TreeHead head = registry.latestHead()
                .orElseThrow(() -> ApiException.notFound("no tree head is signed yet: no run has finished"));
        return Response.ok(RegistryTransfer.json(head).toString()).build();
    }

    @Operation(summary = "Every signed tree head, oldest first")
    @APIResponse(responseCode = "200", description = "The heads")
    @GET
    @Path("heads")
    public Response heads() {
        ArrayNode heads = JsonNodeFactory.instance.arrayNode();
        registry.heads().forEach(head -> heads.add(RegistryTransfer.json(head)));
        return Response.ok(heads.toString()).build();
    }

    @Operation(summary = "The public key that signs the tree heads (Ed25519, X.509 DER in base64 and PEM)")
    @APIResponse(responseCode = "200", description = "The key")
    @GET
    @Path("key")
    public Map<String, String> key() {
        String base64 = Base64.getEncoder().encodeToString(registry.publicKey());
        return Map.of("algorithm", "Ed25519", "public_key", base64, "pem", "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(registry.publicKey())
                + "\n-----END PUBLIC KEY-----\n");
    }

    @Operation(summary = "The inclusion proof of an address's allocation leaf (or of any leaf by index) in the tree of"
            + " treeSize leaves (default: the latest signed head's)")
    @APIResponse(responseCode = "200", description = "Leaf, index, tree size, root and audit path")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("proof/inclusion")
    public Map<String, Object> inclusion(@QueryParam("address") String address, @QueryParam("leafIndex") Long leafIndex,
                                         @QueryParam("treeSize") Long treeSize) {
        if ((address == null) == (leafIndex == null)) {
            throw ApiException.badRequest("give address (in any notation) or leafIndex, one of them");
        }
        long index;
        if (address != null) {
            AqeaAddress parsed = EntriesResource.parseAddress(address);
            OptionalLong leaf = registry.allocationLeaf(parsed.value());
            if (leaf.isEmpty()) {
                throw ApiException.notFound("the registry never allocated " + parsed);
            }
            index = leaf.getAsLong();
        } else {
            index = leafIndex;
        }
        long size = treeSize != null ? treeSize : registry.latestHead().map(TreeHead::treeSize)
                .orElseThrow(() -> ApiException.notFound("no tree head is signed yet: give treeSize"));
        RegistryStore.Inclusion proof = registry.inclusion(index, size).orElseThrow(() -> ApiException.notFound(
                "leaf " + index + " is not in a tree of " + size + " leaves of this log (it holds " + registry.size() + ")"));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("leaf_index", index);
        answer.put("tree_size", size);
        answer.put("leaf", proof.leaf().text());
        answer.put("leaf_hash", HexFormat.of().formatHex(proof.leaf().storedHash()));
        answer.put("root_hash", HexFormat.of().formatHex(proof.root()));
        answer.put("audit_path", MerkleTree.hex(proof.path()));
        return answer;
    }

    @Operation(summary = "The proof that the tree of `to` leaves extends the tree of `from` leaves (RFC 9162 2.1.4)")
    @APIResponse(responseCode = "200", description = "Both sizes and roots, and the proof")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("proof/consistency")
    public Map<String, Object> consistency(@QueryParam("from") Long from, @QueryParam("to") Long to) {
        if (from == null || to == null || from < 0 || from > to) {
            throw ApiException.badRequest("give from and to, two tree sizes with 0 <= from <= to");
        }
        RegistryStore.Consistency proof = registry.consistency(from, to).orElseThrow(() -> ApiException.notFound(
                "the log holds " + registry.size() + " leaves, fewer than " + to));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("from", from);
        answer.put("to", to);
        answer.put("from_root", HexFormat.of().formatHex(proof.fromRoot()));
        answer.put("to_root", HexFormat.of().formatHex(proof.toRoot()));
        answer.put("proof", MerkleTree.hex(proof.proof()));
        return answer;
    }

    @Operation(summary = "The whole log as JSON Lines (leaves, then signed heads), for aqea-cli import --registry")
    @APIResponse(responseCode = "200", description = "The log, streamed")
    @GET
    @Path("export")
    @Produces(ExportResource.MEDIA_TYPE)
    public Response export() {
        StreamingOutput body = output -> {
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16)) {
                registry.export(writer);
            }
        };
        return Response.ok(body, ExportResource.MEDIA_TYPE + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"aqea-registry.jsonl\"").build();
    }
}
