package dev.canopy.domain.deployment;

/**
 * How one effective deployment fares on one computer.
 *
 * @param installedVersion the installed version ("" when inventory has none), or null when the software is not installed
 * @param reason           in words for the technician, e.g. "Installed 23.01; the newest known is 24.08."
 * @param brief            the same in a few words for a report's cell, e.g. "needs 24.08 (newest), has 23.01",
 *                         "needs ≥ 7.2, has 7.0", "should be absent", "not installed"
 */
public record Finding(String software, DesiredState desiredState, String installedVersion, boolean satisfied, String reason,
                      String brief) {

    public boolean installed() {
        return installedVersion != null;
    }
}
