package dev.canopy.reports;

import dev.canopy.domain.deployment.DesiredState;
import dev.canopy.domain.deployment.Enforcement;

import java.util.UUID;

/**
 * One computer and one of its effective deployments.
 *
 * @param tenantPath       the computer's tenant as one line, root first ("Northwind › Alder Dental › Berlin")
 * @param wantedVersion    the deployment's version ("" when its desired state takes none)
 * @param installedVersion the installed version ("" when the inventory has none), or null when not installed
 * @param reason           compliant or why not, in a few words ("needs ≥ 7.2, has 7.0", "not installed")
 * @param deploymentId     the effective (winning) deployment the row judges
 */
public record ComplianceRow(UUID tenantId, String tenantName, String tenantPath, UUID computerId, String computerName,
                            String software, DesiredState desiredState, String wantedVersion, Enforcement enforcement,
                            String installedVersion, boolean compliant, String reason, UUID deploymentId) {
}
