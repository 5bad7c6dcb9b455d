package dev.canopy.imports.entra;

/** An Entra group, by its object id and display name. */
public record GraphGroup(String id, String displayName) {
}
