package dev.canopy.domain.command;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A command too large for one sync mutation (an import of 100k computers): applied here as one transaction and one
 * undo step, but pushed as several mutations, each a command the server applies on its own, in this order.
 */
public interface SyncedInParts {

    /** The parts, in the order the server must apply them; together they do what the whole command did. */
    List<Part> parts();

    /**
     * One pushed mutation's command, the ids of the records it writes (which pending changes it carries) and what the
     * technician sees it as ("import of … (part 2 of 5)"), and the kind of records it holds as sync names them
     * ("tenant", "person", "computer").
     */
    record Part(Command command, Set<UUID> recordIds, String label, String entity) {
        public Part {
            recordIds = Set.copyOf(recordIds);
        }
    }
}
