package dev.canopy.domain.computer;

import dev.canopy.domain.RuleViolation;

/** What a computer's own fields must be when a command writes them (an import): the columns' limits, in words. */
public final class ComputerRules {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_ID_LENGTH = 100;
    public static final int MAX_OS_VERSION_LENGTH = 50;

    private ComputerRules() {
    }

    /** The computer with its text trimmed, or a refusal naming the field, the computer and the limit. */
    public static Computer check(Computer c) {
        String name = c.name() == null ? "" : c.name().strip();
        if (name.isEmpty()) {
            throw new RuleViolation("name", "A computer needs a name.");
        }
        limit("name", name, name, MAX_NAME_LENGTH);
        String device = text(c.deviceId());
        if (device.isEmpty()) {
            throw new RuleViolation("deviceId", "The computer " + name + " needs a device id.");
        }
        limit("deviceId", name, device, MAX_ID_LENGTH);
        String serial = text(c.serialNumber());
        limit("serialNumber", name, serial, MAX_ID_LENGTH);
        String os = text(c.os());
        limit("os", name, os, MAX_ID_LENGTH);
        String osVersion = text(c.osVersion());
        limit("osVersion", name, osVersion, MAX_OS_VERSION_LENGTH);
        return new Computer(c.id(), name, c.tenantId(), serial, device, os, osVersion, c.lastSeen(), c.primaryPersonId(), c.tags(),
                c.software(), c.meta());
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static void limit(String field, String computer, String value, int max) {
        if (value.length() > max) {
            throw new RuleViolation(field, "The " + field + " of " + computer + " is " + value.length() + " characters long; at most "
                    + max + " fit.");
        }
    }
}
