package dev.canopy.sync.client;

import dev.canopy.sync.Health;
import dev.canopy.sync.Identity;
import dev.canopy.sync.PublishRequest;
import dev.canopy.sync.PublishResponse;
import dev.canopy.sync.PullResponse;
import dev.canopy.sync.PushRequest;
import dev.canopy.sync.PushResponse;

/** The server's endpoints as the client calls them; tests wrap it to drop, repeat, delay or reorder calls. */
public interface ServerApi {

    Health health() throws ServerCallFailed;

    Identity identity() throws ServerCallFailed;

    PushResponse push(PushRequest request) throws ServerCallFailed;

    PullResponse pull(String clientId, long since, int limit) throws ServerCallFailed;

    PublishResponse publish(PublishRequest request) throws ServerCallFailed;
}
