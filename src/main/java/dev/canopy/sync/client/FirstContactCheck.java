package dev.canopy.sync.client;

import dev.canopy.store.SyncLedger;
import dev.canopy.sync.Health;
import dev.canopy.sync.Identity;

import java.util.Optional;

/**
 * Which first contact applies between this data folder and a server (DESIGN.md §3): resume, download into an empty
 * folder, publish never-synced local data to an empty server, or — never-synced local data meeting a server that
 * has data — replace the local copy or stop, since two unrelated trees are never merged.
 */
final class FirstContactCheck {

    private FirstContactCheck() {
    }

    static ConnectionCheck check(ServerApi api, SyncLedger ledger, ServerConnection candidate, Optional<ServerConnection> saved)
            throws SyncFailure {
        Health health = call(api::health);
        if (health.protocol() != Health.PROTOCOL) {
            throw new SyncFailure(SyncFailure.Kind.REFUSED, "The server speaks sync protocol " + health.protocol()
                    + "; this Canopy speaks " + Health.PROTOCOL + ". Update the one that is older.", null);
        }
        Identity me = call(api::identity);
        String who = me.email() + " (" + role(me.role()) + (me.tenantName() == null ? "" : " of " + me.tenantName()) + ")";
        boolean sameServer = saved.map(s -> s.server().equals(candidate.server())).orElse(false);
        if (ledger.everSynced() && sameServer) {
            return new ConnectionCheck(me.email(), me.role(), SyncAgent.FirstContact.RESUME, "This folder already syncs with "
                    + candidate.server() + " as " + who + ". Pending edits are sent, then the team's changes arrive.", true);
        }
        if (!ledger.hasLocalData()) {
            return new ConnectionCheck(me.email(), me.role(), SyncAgent.FirstContact.DOWNLOAD, "Everything " + who
                    + " can reach on this server will be downloaded into this folder.", true);
        }
        if (ledger.everSynced()) {
            return new ConnectionCheck(me.email(), me.role(), SyncAgent.FirstContact.REPLACE_LOCAL, "This folder synced with"
                    + " another server. To work with " + candidate.server() + ", replace the local copy with its data (the"
                    + " current database is kept as a backup file).", true);
        }
        if (!me.serverHasTenants()) {
            boolean admin = "MSP_ADMIN".equals(me.role());
            return new ConnectionCheck(me.email(), me.role(), SyncAgent.FirstContact.PUBLISH, admin
                    ? "The server holds no tenants yet. Your local tenants, people, computers, schedules, deployments and"
                    + " preferences will be uploaded as the team's first state."
                    : "The server holds no tenants yet, and only an MSP admin can upload the first state; you are " + who + ".",
                    admin);
        }
        return new ConnectionCheck(me.email(), me.role(), SyncAgent.FirstContact.REPLACE_LOCAL, "The server already holds the"
                + " team's tenants, and this folder holds tenants that never synced. Two unrelated trees are never merged:"
                + " replace your local copy with the server's (the current database is kept as a backup file), or cancel.", true);
    }

    private static String role(String role) {
        return ConnectionCheck.roleLabel(role);
    }

    private static <T> T call(SyncRun.Call<T> call) throws SyncFailure {
        try {
            return call.call();
        } catch (ServerCallFailed failed) {
            throw SyncFailures.of(failed);
        }
    }
}
