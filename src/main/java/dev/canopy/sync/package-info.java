/**
 * The sync protocol's wire format: the JSON bodies that the desktop client and the central server
 * ({@code dev.canopy.server}) exchange under {@code /api/v1}. Records only, so both sides share one definition.
 * Unknown properties are ignored when reading, so an older peer can read a newer peer's messages.
 */
package dev.canopy.sync;
