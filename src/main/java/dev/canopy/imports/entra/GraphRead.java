package dev.canopy.imports.entra;

/** What reading a list gave: users passed on, pages read, and members that are not users (groups, devices) left out. */
public record GraphRead(int users, int pages, int notUsers) {
}
