package dev.canopy.domain.deployment;

/**
 * How one effective deployment fares on one computer.
 *
 * @param installedVersion the installed version ("" when inventory has none), or null when the software is not installed
 * @param reason           in words for the technician, e.g. "Installed 23.01; the newest known is 24.08."
 */
public record Finding(String software, DesiredState desiredState, String installedVersion, boolean satisfied, String reason) {

    public boolean installed() {
        return installedVersion != null;
    }
}
