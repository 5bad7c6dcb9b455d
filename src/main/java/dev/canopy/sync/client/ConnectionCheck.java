package dev.canopy.sync.client;

/**
 * What checking a server and token found.
 *
 * @param person      the token's person (email) and role, as the server knows them
 * @param firstContact the case that applies: DOWNLOAD (empty local folder), PUBLISH (never-synced local data, empty
 *                     server; MSP_ADMIN only), REPLACE_LOCAL (never-synced local data, server has data: refused
 *                     unless the local copy is replaced), RESUME (this folder already syncs with this server)
 * @param explanation  what will happen, in words, for the dialog
 * @param allowed      false when the case cannot go ahead (e.g. publish by a technician who is not MSP_ADMIN)
 */
public record ConnectionCheck(String person, String role, SyncAgent.FirstContact firstContact, String explanation, boolean allowed) {

    /** The role as the technician reads it elsewhere in the app ("MSP admin", "Technician"); "no role" when none. */
    public String roleLabel() {
        return roleLabel(role);
    }

    static String roleLabel(String role) {
        if (role == null || role.isBlank()) {
            return "no role";
        }
        try {
            return dev.canopy.domain.person.PersonRules.label(dev.canopy.domain.person.Role.valueOf(role));
        } catch (IllegalArgumentException newerServer) {
            return role.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }
}
