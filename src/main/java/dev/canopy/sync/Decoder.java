package dev.canopy.sync;

import dev.canopy.domain.command.Command;

/** Rebuilds one kind of command from its arguments; the inverse of that command's {@code args()}. */
@FunctionalInterface
interface Decoder {

    /** The command, or a {@link MalformedMutation} naming the argument at fault. */
    Command decode(WireArgs args);
}
