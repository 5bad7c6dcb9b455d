package dev.canopy.sync.client;

import dev.canopy.sync.Health;
import dev.canopy.sync.Identity;
import dev.canopy.sync.PublishRequest;
import dev.canopy.sync.PublishResponse;
import dev.canopy.sync.PullResponse;
import dev.canopy.sync.PushRequest;
import dev.canopy.sync.PushResponse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/**
 * A bad network between one client and the server, driven by a seeded {@link Random} so a failing case replays: a
 * request lost on the way (the server never sees it), an answer lost after the server committed, a request delivered
 * twice (the client gets the second answer), and a push copied and delivered again later, just before some later call
 * (a stale retry overtaking newer traffic). While {@link #offline} every call fails as unreachable. With
 * {@link #heal} the held copies arrive and the network behaves from then on.
 */
final class FaultyServerApi implements ServerApi {

    enum Fault { REQUEST_LOST, ANSWER_LOST, DUPLICATED, HELD_FOR_LATER, REPLAYED_LATE, OFFLINE }

    private final ServerApi server;
    private final Random random;
    private final double rate;
    private final Deque<PushRequest> held = new ArrayDeque<>();
    private final Map<Fault, Integer> counts = new EnumMap<>(Fault.class);
    private boolean faulty = true;
    private boolean offline;

    /** {@code rate}: the chance of each fault per call (REQUEST_LOST, ANSWER_LOST, DUPLICATED, HELD, REPLAYED). */
    FaultyServerApi(ServerApi server, Random random, double rate) {
        this.server = server;
        this.random = random;
        this.rate = rate;
    }

    synchronized void offline(boolean on) {
        offline = on;
    }

    synchronized boolean isOffline() {
        return offline;
    }

    /** Delivers every held push (the late arrivals happen now, not never), then stops misbehaving. */
    synchronized void heal() {
        offline = false;
        while (!held.isEmpty()) {
            deliverIgnoringAnswer(held.poll());
        }
        faulty = false;
    }

    /** Turns the faults (not offline) off or back on, e.g. for a first download the test does not aim at. */
    synchronized void faults(boolean on) {
        faulty = on;
    }

    /** How often each fault happened, for the property's statistics. */
    synchronized Map<Fault, Integer> counts() {
        return Map.copyOf(counts);
    }

    @Override
    public synchronized Health health() throws ServerCallFailed {
        return through(server::health);
    }

    @Override
    public synchronized Identity identity() throws ServerCallFailed {
        return through(server::identity);
    }

    @Override
    public synchronized PushResponse push(PushRequest request) throws ServerCallFailed {
        boolean hold = faulty && !offline && chance();
        try {
            return through(() -> server.push(request));
        } finally {
            if (hold) {
                held.add(request);  // after the call, so it cannot be the very next thing replayed
                note(Fault.HELD_FOR_LATER);
            }
        }
    }

    @Override
    public synchronized PullResponse pull(String clientId, long since, int limit) throws ServerCallFailed {
        return through(() -> server.pull(clientId, since, limit));
    }

    @Override
    public synchronized PublishResponse publish(PublishRequest request) throws ServerCallFailed {
        return through(() -> server.publish(request));
    }

    private <T> T through(SyncRun.Call<T> call) throws ServerCallFailed {
        if (offline) {
            note(Fault.OFFLINE);
            throw ServerCallFailed.unreachable("The server cannot be reached (offline in this test).", null);
        }
        if (!faulty) {
            return call.call();
        }
        if (!held.isEmpty() && chance()) {
            note(Fault.REPLAYED_LATE);
            deliverIgnoringAnswer(held.poll());
        }
        if (chance()) {
            note(Fault.REQUEST_LOST);
            throw ServerCallFailed.unreachable("The request was lost on the way (test network).", null);
        }
        T answer = call.call();
        if (chance()) {
            note(Fault.DUPLICATED);
            answer = call.call();
        }
        if (chance()) {
            note(Fault.ANSWER_LOST);
            throw ServerCallFailed.unreachable("The answer was lost after the server handled the request (test network).", null);
        }
        return answer;
    }

    /** A late copy: whatever the server answers goes nowhere, as the client stopped waiting for it long ago. */
    private void deliverIgnoringAnswer(PushRequest late) {
        try {
            server.push(late);
        } catch (ServerCallFailed ignored) {
            // the real client never sees this answer either
        }
    }

    private boolean chance() {
        return random.nextDouble() < rate;
    }

    private void note(Fault fault) {
        counts.merge(fault, 1, Integer::sum);
    }
}
