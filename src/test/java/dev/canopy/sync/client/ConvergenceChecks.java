package dev.canopy.sync.client;

import dev.canopy.store.SyncConflict;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What must hold once the network healed and every client synced until nothing changed. Each check returns the
 * problems it found as sentences, so one failing case reports all of them at once.
 */
final class ConvergenceChecks {

    private ConvergenceChecks() {
    }

    /** The client holds exactly the records (fields and server version) the server holds in its scope. */
    static List<String> sameAsServer(FleetClient client, Map<String, Map<String, Object>> server) {
        Map<String, Map<String, Object>> local = client.localState();
        List<String> problems = new ArrayList<>();
        for (String key : union(local.keySet(), server.keySet())) {
            Map<String, Object> mine = local.get(key);
            Map<String, Object> theirs = server.get(key);
            if (mine == null) {
                problems.add(client.name + " lacks " + key + " " + theirs);
            } else if (theirs == null) {
                problems.add(client.name + " holds " + key + " which the server does not give it: " + mine);
            } else if (!comparable(mine).equals(comparable(theirs))) {
                problems.add(client.name + " holds " + key + " with " + differences(comparable(mine), comparable(theirs)));
            }
        }
        return problems;
    }

    /** Every edit the client made was applied on the server, or is a conflict or rejection shown to the client. */
    static List<String> everyEditAccountedFor(FleetClient client, InProcessServer server) {
        List<String> problems = new ArrayList<>();
        if (!client.ledger.pending().isEmpty()) {
            problems.add(client.name + " still has " + client.ledger.pending().size() + " pending edits: " + client.ledger.pending());
        }
        Set<Long> shown = new HashSet<>();
        for (SyncConflict conflict : client.ledger.conflicts()) {
            shown.add(conflict.mutationId());
        }
        String clientId = client.ledger.clientId();
        for (FleetClient.Edit edit : client.authored()) {
            long id = edit.id();
            Optional<String> status = server.storedStatus(clientId, id);
            if (status.isEmpty()) {
                problems.add(client.name + "'s edit " + id + " vanished: the server never processed it and it is no conflict");
            } else if ((status.get().equals("CONFLICT") || status.get().equals("REJECTED")) && !shown.contains(id)) {
                problems.add(client.name + "'s edit " + id + " was " + status.get() + " on the server but is not among its conflicts");
            } else if ((status.get().equals("APPLIED") || status.get().equals("MERGED")) && shown.contains(id)) {
                problems.add(client.name + "'s edit " + id + " was " + status.get() + " on the server but is shown as a conflict");
            }
        }
        return problems;
    }

    /** The tree of a state: no tenant is its own ancestor, and nothing live hangs under a tenant that is not live. */
    static List<String> wellFormed(String who, Map<String, Map<String, Object>> state) {
        List<String> problems = new ArrayList<>();
        Map<String, String> parents = new LinkedHashMap<>();
        state.forEach((key, record) -> {
            if (key.startsWith("tenant/")) {
                parents.put(String.valueOf(record.get("id")), (String) record.get("parentId"));
            }
        });
        for (String tenant : parents.keySet()) {
            Set<String> seen = new HashSet<>();
            for (String up = tenant; up != null; up = parents.get(up)) {
                if (!seen.add(up)) {
                    problems.add(who + ": tenant " + tenant + " is its own ancestor");
                    break;
                }
            }
        }
        // a copy restricted to a client tenant has one top whose parent lies outside it; a whole copy has the root
        List<String> tops = parents.entrySet().stream().filter(e -> e.getValue() == null || !parents.containsKey(e.getValue()))
                .map(Map.Entry::getKey).toList();
        if (tops.size() != 1) {
            problems.add(who + ": the tree has " + tops.size() + " tops (tenants whose parent is deleted or missing): " + tops);
        }
        state.forEach((key, record) -> {
            for (String field : List.of("tenantId", "ownerTenantId")) {
                Object owner = record.get(field);
                if (owner != null && !parents.containsKey(String.valueOf(owner))) {
                    problems.add(who + ": " + key + " lives under " + field + " " + owner + ", which is deleted or missing");
                }
            }
        });
        return problems;
    }

    /**
     * A record as compared: as JSON values (the server's come through the wire, the ledger's are Java values); of the
     * meta only the version and the deletion flag, the parts the server's sync decisions rest on. (Comparing the whole
     * meta finds a ledger bug: RejectedEditMetaTest.) The derived "root" of a tenant is left out.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> comparable(Map<String, Object> record) {
        Map<String, Object> copy;
        try {
            copy = HttpServerApi.JSON.readValue(HttpServerApi.JSON.writeValueAsBytes(record), Map.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        copy.remove("root");
        if (copy.get("meta") instanceof Map<?, ?> meta) {
            Map<String, Object> kept = new LinkedHashMap<>();
            kept.put("version", meta.get("version"));
            kept.put("deleted", meta.get("deleted"));
            copy.put("meta", kept);
        }
        return copy;
    }

    /** The fields that differ, as "field: mine / the server's". */
    private static String differences(Map<String, Object> mine, Map<String, Object> theirs) {
        List<String> differing = new ArrayList<>();
        for (String field : union(mine.keySet(), theirs.keySet())) {
            if (!java.util.Objects.equals(mine.get(field), theirs.get(field))) {
                differing.add(field + ": " + mine.get(field) + " / " + theirs.get(field));
            }
        }
        return String.join("; ", differing) + " (mine / the server's)";
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
