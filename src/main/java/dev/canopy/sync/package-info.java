/**
 * The sync protocol's wire format: the JSON bodies that the desktop client and the central server
 * ({@code dev.canopy.server}) exchange under {@code /api/v1}, as records, so both sides share one definition.
 * Unknown properties are ignored when reading, so an older peer can read a newer peer's messages.
 * {@link dev.canopy.sync.MutationCodec} turns a mutation's name and arguments back into the domain command that
 * made it, so the server applies the same edit under the same rules.
 */
package dev.canopy.sync;
