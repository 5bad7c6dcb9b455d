package dev.canopy.ui.deployments;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentRules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every problem of a deployment being edited at once, each under the Deployment field the rule
 * names, so the editor can show them all at their fields (the rules stop at the first).
 */
final class DeploymentChecks {

    /** Key of a problem that names no field; the editor shows it under the form. */
    static final String FORM = "";

    private DeploymentChecks() {
    }

    /**
     * @param ownerDeployments the owner tenant's deployments, against which a duplicate is refused
     * @param ownerName        the owner tenant's name, for that message
     */
    static Map<String, String> problems(Deployment d, UUID mspRootTenantId, List<Deployment> ownerDeployments, String ownerName) {
        Map<String, String> out = new LinkedHashMap<>();
        collect(out, "software", () -> DeploymentRules.checkSoftware(d.software()));
        collect(out, "software", () -> DeploymentRules.checkNotDuplicate(d, ownerDeployments, ownerName));
        collect(out, "version", () -> DeploymentRules.checkVersion(d.desiredState(), d.version()));
        // the remaining rules (scope, computers, tag) through the full check, with software and version
        // known good, so their message is not hidden behind a software or version problem
        Deployment rest = new Deployment(d.id(), d.ownerTenantId(), "software", d.desiredState(),
                d.desiredState().takesVersion() ? "1" : "", d.enforcement(), d.scope(), d.includeChildTenants(),
                d.computerIds(), d.tag(), d.order(), d.enabled(), d.meta());
        collect(out, FORM, () -> DeploymentRules.check(rest, mspRootTenantId));
        return out;
    }

    private static void collect(Map<String, String> out, String defaultField, Runnable rule) {
        try {
            rule.run();
        } catch (RuleViolation violation) {
            String field = violation.field() == null ? defaultField : violation.field();
            out.putIfAbsent(field, violation.getMessage());
        }
    }
}
