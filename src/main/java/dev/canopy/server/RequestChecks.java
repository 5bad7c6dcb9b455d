package dev.canopy.server;

import dev.canopy.sync.Mutation;
import dev.canopy.sync.PushRequest;

import java.util.List;

/**
 * The protocol's shape rules, checked before a request reaches the {@link SyncService}; each failure is a 400 that
 * names the field and the value it got.
 */
final class RequestChecks {

    static final int CLIENT_ID_MAX = 100;
    static final int LIMIT_DEFAULT = 1000;
    static final int LIMIT_MAX = 5000;
    /** Long enough to recognise a value, short enough that a huge parameter does not end up in a response. */
    private static final int ECHO_MAX = 40;

    private RequestChecks() {
    }

    static void push(PushRequest request) {
        clientId(request.clientId());
        List<Mutation> mutations = request.mutations();
        if (mutations == null) {
            throw ApiException.badRequest("mutations is missing; expected a list (it may be empty)");
        }
        long previous = 0;
        for (int i = 0; i < mutations.size(); i++) {
            Mutation m = mutations.get(i);
            if (m == null) {
                throw ApiException.badRequest("mutations[" + i + "] is null; expected a mutation object");
            }
            if (m.id() <= 0) {
                throw ApiException.badRequest("mutations[" + i + "].id must be positive, got " + m.id());
            }
            if (i > 0 && m.id() <= previous) {
                throw ApiException.badRequest("mutations[" + i + "].id must be greater than mutations[" + (i - 1)
                        + "].id (" + previous + "), got " + m.id());
            }
            if (m.name() == null || m.name().isBlank()) {
                throw ApiException.badRequest("mutations[" + i + "].name must not be empty");
            }
            previous = m.id();
        }
    }

    static void clientId(String clientId) {
        if (clientId == null) {
            throw ApiException.badRequest("clientId is missing; expected 1 to " + CLIENT_ID_MAX + " characters");
        }
        if (clientId.isBlank() || clientId.length() > CLIENT_ID_MAX) {
            throw ApiException.badRequest("clientId must be 1 to " + CLIENT_ID_MAX + " characters and not blank, got "
                    + clientId.length() + " characters");
        }
    }

    static void publish(dev.canopy.sync.PublishRequest request) {
        clientId(request.clientId());
        if (request.publishId() == null || request.publishId().isBlank() || request.publishId().length() > CLIENT_ID_MAX) {
            throw ApiException.badRequest("publishId must be 1 to " + CLIENT_ID_MAX + " characters, the same in every chunk");
        }
        if (request.chunks() < 1 || request.chunks() > 100_000) {
            throw ApiException.badRequest("chunks must be 1 to 100000, got " + request.chunks());
        }
        if (request.chunk() < 0 || request.chunk() >= request.chunks()) {
            throw ApiException.badRequest("chunk must be 0 to " + (request.chunks() - 1) + " (chunks - 1), got " + request.chunk());
        }
        if (request.records() == null) {
            throw ApiException.badRequest("records is missing; expected a list of {entity, record}");
        }
        for (int i = 0; i < request.records().size(); i++) {
            var record = request.records().get(i);
            if (record == null || record.entity() == null || record.record() == null) {
                throw ApiException.badRequest("records[" + i + "] must have an entity and a record");
            }
        }
    }

    /** The pull cursor; absent means from the start. */
    static long since(String raw) {
        if (raw == null || raw.isEmpty()) {
            return 0;
        }
        long since = wholeNumber("since", raw);
        if (since < 0) {
            throw ApiException.badRequest("since must be 0 or more, got " + since);
        }
        return since;
    }

    static int limit(String raw) {
        if (raw == null || raw.isEmpty()) {
            return LIMIT_DEFAULT;
        }
        long limit = wholeNumber("limit", raw);
        if (limit < 1 || limit > LIMIT_MAX) {
            throw ApiException.badRequest("limit must be between 1 and " + LIMIT_MAX + ", got " + limit);
        }
        return (int) limit;
    }

    private static long wholeNumber(String name, String raw) {
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            String shown = raw.length() > ECHO_MAX ? raw.substring(0, ECHO_MAX) + "…" : raw;
            throw ApiException.badRequest(name + " must be a whole number, got '" + shown + "'");
        }
    }
}
