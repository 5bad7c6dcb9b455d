package dev.canopy.sync.client;

import java.net.URI;

/** A server URL and the technician's token. The token never appears in toString, logs or the synced database. */
public record ServerConnection(URI server, String token) {
    @Override
    public String toString() {
        return "ServerConnection[" + server + "]";
    }
}
