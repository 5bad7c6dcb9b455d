package dev.canopy.store;

import org.hibernate.Session;

/** Small per-client values kept in the client_setting table (the last outbox mutation id, …). */
final class ClientSettings {

    static final String LAST_MUTATION_ID = "lastMutationId";

    private ClientSettings() {
    }

    /** The next per-client mutation id; a counter, so ids never repeat after the outbox is drained. */
    static long nextMutationId(Session session) {
        Object current = session.createNativeQuery("select setting_value from client_setting where setting_key = :name", Object.class)
                .setParameter("name", LAST_MUTATION_ID).uniqueResult();
        long next = current == null ? 1 : Long.parseLong(current.toString()) + 1;
        session.createNativeMutationQuery("merge into client_setting (setting_key, setting_value) key (setting_key) values (:name, :value)")
                .setParameter("name", LAST_MUTATION_ID).setParameter("value", Long.toString(next)).executeUpdate();
        return next;
    }
}
