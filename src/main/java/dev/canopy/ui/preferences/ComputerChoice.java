package dev.canopy.ui.preferences;

import dev.canopy.domain.computer.Computer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** One line of the computer-list editor: a computer, in words ("BER-LT-01  ·  Acme Berlin  ·  laptop"). */
record ComputerChoice(UUID id, String text) {

    /**
     * The computers as lines, a sub-tenant's with its name, then tags; ids among {@code chosen} that are
     * none of them first, as unknown, so the technician sees they are still in the value.
     *
     * @param owner the tenant whose setting is edited (its own computers need no tenant name)
     */
    static List<ComputerChoice> of(List<Computer> computers, Collection<UUID> chosen, UUID owner, Function<UUID, String> tenantName) {
        List<ComputerChoice> known = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        for (Computer computer : computers) {
            ids.add(computer.id());
            StringBuilder text = new StringBuilder(computer.name());
            if (!computer.tenantId().equals(owner)) {
                text.append("  ·  ").append(tenantName.apply(computer.tenantId()));
            }
            if (!computer.tags().isEmpty()) {
                text.append("  ·  ").append(String.join(", ", computer.tags()));
            }
            known.add(new ComputerChoice(computer.id(), text.toString()));
        }
        List<ComputerChoice> all = new ArrayList<>();
        for (UUID id : chosen) {
            if (!ids.contains(id)) {
                all.add(new ComputerChoice(id, "Unknown computer " + id.toString().substring(0, 8) + "… (not in this tenant)"));
            }
        }
        all.addAll(known);
        return all;
    }
}
