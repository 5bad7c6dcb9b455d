package dev.canopy.sync.client;

import dev.canopy.store.AuditQuery;
import dev.canopy.store.AuditRecord;
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

    /**
     * The client holds exactly the records the server gives its scope, every field alike, meta included (version,
     * updatedAt, updatedBy, deleted): a difference reads "client c3 tenant/… field meta.updatedAt: local A, server B".
     */
    static List<String> sameAsServer(FleetClient client, Map<String, Map<String, Object>> server) {
        Map<String, Map<String, Object>> local = client.localState();
        List<String> problems = new ArrayList<>();
        for (String key : union(local.keySet(), server.keySet())) {
            Map<String, Object> mine = local.get(key);
            Map<String, Object> theirs = server.get(key);
            if (mine == null) {
                problems.add("client " + client.name + " lacks " + key + " " + theirs);
            } else if (theirs == null) {
                problems.add("client " + client.name + " holds " + key + " which the server does not give it: " + mine);
            } else {
                Map<String, Object> localFields = flat(comparable(mine));
                Map<String, Object> serverFields = flat(comparable(theirs));
                for (String field : union(localFields.keySet(), serverFields.keySet())) {
                    if (!java.util.Objects.equals(localFields.get(field), serverFields.get(field))) {
                        problems.add("client " + client.name + " " + key + " field " + field + ": local " + localFields.get(field)
                                + ", server " + serverFields.get(field));
                    }
                }
            }
        }
        return problems;
    }

    /**
     * Client clocks are skewed by up to a day and the server's is not: every record's updatedAt on the server is the
     * team state's setup time or a moment of this case on the server's clock. With the full-meta comparison above
     * this proves no client clock reached any copy, so what rests on the meta (which edit came first, whose value
     * won) cannot rest on a client's clock either.
     */
    static List<String> stampedByServer(Map<String, Map<String, Object>> server, java.time.Instant from, java.time.Instant to) {
        List<String> problems = new ArrayList<>();
        server.forEach((key, record) -> {
            Map<String, Object> meta = flat(comparable(record));
            Object at = meta.get("meta.updatedAt");
            java.time.Instant when = at == null ? null : java.time.Instant.parse(at.toString());
            boolean setup = TeamState.SETUP.equals(when);
            if (when == null || !setup && (when.isBefore(from) || when.isAfter(to))) {
                problems.add("server " + key + " field meta.updatedAt: " + at + ", not the setup time nor within this case (" + from
                        + " .. " + to + " on the server's clock)");
            }
        });
        return problems;
    }

    /**
     * Every edit the client made was applied on the server, or is a conflict or rejection shown to the client (still
     * open, or resolved by it); every conflict it resolved left an audit entry saying how.
     */
    static List<String> everyEditAccountedFor(FleetClient client, InProcessServer server) {
        List<String> problems = new ArrayList<>();
        if (!client.ledger.pending().isEmpty()) {
            problems.add(client.name + " still has " + client.ledger.pending().size() + " pending edits: " + client.ledger.pending());
        }
        Set<Long> shown = new HashSet<>();
        for (SyncConflict conflict : client.ledger.conflicts()) {
            shown.add(conflict.mutationId());
        }
        client.resolved().forEach(r -> shown.add(r.conflict().mutationId()));
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
        problems.addAll(resolutionsAudited(client));
        return problems;
    }

    /**
     * What makes a refused resolution genuine: the record or a tenant it needs is gone, a name, id, address or device is
     * taken by now, the record left the scope (the same rules that made the conflict or rejection say no again).
     */
    private static final List<String> GENUINE = List.of("no longer exists", "has been deleted", "already", "outside your scope",
            "no longer in your scope");

    /**
     * Every resolution the client refused (the conflict then stays open) was one it had to refuse: editing an edit that has
     * no single field, keeping or typing the value the record already holds ("Nothing to save"), an edit refused again for
     * the reason the server refused it, or a genuine refusal ({@link #GENUINE}). Anything else is a resolution a technician could not make for no good reason:
     * "c3 could not resolve CONFLICT of tenant.update (name) of Acme with KEEP_MINE: …".
     */
    static List<String> onlyGenuineRefusals(FleetClient client) {
        List<String> problems = new ArrayList<>();
        for (FleetClient.Refusal refusal : client.refusals()) {
            SyncConflict c = refusal.conflict();
            String reason = refusal.reason() == null ? "" : refusal.reason();
            boolean noField = refusal.resolution() == SyncAgent.Resolution.EDIT && c.field() == null
                    && reason.startsWith("This edit has no single field");
            String kept = refusal.resolution() == SyncAgent.Resolution.EDIT ? refusal.value() : c.mine();
            boolean alreadyHeld = reason.startsWith("Nothing to save")
                    && (java.util.Objects.equals(kept, c.theirs()) || java.util.Objects.equals(kept, refusal.held()));
            boolean refusedAgain = reason.equals(c.reason());  // the rule that made the server refuse it still does here
            if (!noField && !alreadyHeld && !refusedAgain && GENUINE.stream().noneMatch(reason::contains)) {
                problems.add(client.name + " could not resolve " + c.kind() + " of " + c.name() + " (" + (c.field() == null ? "whole edit" : c.field())
                        + ") of " + c.recordName() + " with " + refusal.resolution() + (refusal.value() == null ? "" : " to \"" + refusal.value() + "\"")
                        + ": " + reason + " (the server said: " + c.reason() + "; base " + c.base() + ", mine " + c.mine() + ", theirs " + c.theirs()
                        + ", held here then " + refusal.held() + ")");
            }
        }
        return problems;
    }

    /** One "sync.resolve" audit entry per resolved conflict, on its record, saying what was chosen. */
    private static List<String> resolutionsAudited(FleetClient client) {
        List<AuditRecord> entries = new ArrayList<>(client.store.audit(new AuditQuery(null, null, null, null, Integer.MAX_VALUE)).stream()
                .filter(e -> e.action().equals("sync.resolve")).toList());
        List<String> problems = new ArrayList<>();
        for (FleetClient.Resolved resolved : client.resolvedSinceBackup()) {
            SyncConflict conflict = resolved.conflict();
            java.util.UUID record = conflict.recordId() == null ? new java.util.UUID(0, 0) : conflict.recordId();
            String said = switch (resolved.resolution()) {
                case KEEP_MINE -> "kept mine";
                case TAKE_THEIRS -> "took theirs";
                case EDIT -> "edited " + conflict.field();
            };
            Optional<AuditRecord> entry = entries.stream().filter(e -> record.equals(e.recordId()) && e.changes().contains(said)).findFirst();
            if (entry.isPresent()) {
                entries.remove(entry.get());
            } else {
                problems.add(client.name + " resolved " + conflict.kind() + " of " + conflict.name() + " on " + conflict.entity() + "/" + record
                        + " (" + said + ") but its audit has no entry for it");
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
     * A record as compared: as JSON values (the server's come through the wire, the ledger's are Java values). The
     * tenant's "root" flag is left out: it is derived from where the copy's tree starts, not stored.
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
        return copy;
    }

    /** Nested objects as dotted fields ("meta.updatedAt"), lists and values as they are. */
    private static Map<String, Object> flat(Map<String, Object> record) {
        Map<String, Object> fields = new java.util.TreeMap<>();
        record.forEach((field, value) -> {
            if (value instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) nested;
                flat(inner).forEach((name, v) -> fields.put(field + "." + name, v));
            } else {
                fields.put(field, value);
            }
        });
        return fields;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
