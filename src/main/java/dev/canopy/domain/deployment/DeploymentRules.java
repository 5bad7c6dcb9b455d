package dev.canopy.domain.deployment;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.RuleViolation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The field rules of a deployment (DESIGN.md §1), each refusing bad input with a message for the
 * technician on the record field it is about, and the builder of exceptions.
 */
public final class DeploymentRules {

    public static final int MAX_SOFTWARE_LENGTH = 200;
    public static final int MAX_VERSION_LENGTH = 64;
    public static final int MAX_TAG_LENGTH = 40;

    // digits/letters separated by single dots, with at least one digit: "latest" or "v" is a mistake, not a version
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*[0-9].*");

    private DeploymentRules() {
    }

    /**
     * The normalised deployment, or a violation naming the field. Normalising trims text,
     * de-duplicates computers, and clears what the scope does not use (computers outside COMPUTER
     * scope, the tag outside Tag scope, includeChildTenants outside Tenant scope), so a scope switch in
     * the editor leaves nothing stale behind.
     *
     * @param mspRootTenantId the MSP (root) tenant: the only owner a CROSS_TENANT deployment may have
     */
    public static Deployment check(Deployment d, UUID mspRootTenantId) {
        String software = checkSoftware(d.software());
        String version = checkVersion(d.desiredState(), d.version());
        DeploymentScope scope = d.scope();
        if (scope == DeploymentScope.CROSS_TENANT && !d.ownerTenantId().equals(mspRootTenantId)) {
            throw new RuleViolation("scope", "Only the MSP tenant can own a cross-tenant deployment; "
                    + "create it there, or choose Tenant scope with child tenants included.");
        }
        List<UUID> computers = List.of();
        if (scope == DeploymentScope.COMPUTER) {
            computers = new ArrayList<>(new LinkedHashSet<>(d.computerIds()));
            if (computers.isEmpty()) {
                throw new RuleViolation("computerIds", "Choose at least one computer for a deployment with Computer scope.");
            }
        }
        String tag = "";
        if (scope == DeploymentScope.TAG) {
            tag = checkTag(d.tag());
        }
        boolean includeChildren = scope == DeploymentScope.TENANT && d.includeChildTenants();
        return new Deployment(d.id(), d.ownerTenantId(), software, d.desiredState(), version, d.enforcement(), scope,
                includeChildren, computers, tag, d.order(), d.enabled(), d.meta());
    }

    /**
     * Refuses a second deployment of the same software (ignoring case) that one tenant owns at the same
     * scope for the same targets (the same tag, or a computer both list): two of them would leave the
     * winner to chance. A different scope, tag or set of computers is how exceptions are made, and stays
     * allowed.
     *
     * @param owned the tenant's live deployments (the one being saved, if already there, is skipped by id)
     */
    public static void checkNotDuplicate(Deployment d, List<Deployment> owned, String tenantName) {
        for (Deployment other : owned) {
            if (!other.id().equals(d.id()) && sameSlot(other, d)) {
                throw new RuleViolation("software", tenantName + " already has a deployment of " + other.software()
                        + " " + targets(other) + " (" + other.desiredState().label() + "). Edit that one instead.");
            }
        }
    }

    /** Two deployments one tenant may not both own: same software (ignoring case), scope and targets. */
    public static boolean sameSlot(Deployment a, Deployment b) {
        return a.software().equalsIgnoreCase(b.software()) && a.scope() == b.scope() && sameTargets(a, b);
    }

    private static boolean sameTargets(Deployment a, Deployment b) {
        return switch (a.scope()) {
            case TAG -> a.tag().equalsIgnoreCase(b.tag());
            case COMPUTER -> a.computerIds().stream().anyMatch(b.computerIds()::contains);
            default -> true;
        };
    }

    private static String targets(Deployment d) {
        return switch (d.scope()) {
            case TAG -> "for tag \"" + d.tag() + "\"";
            case COMPUTER -> "for some of the same computers";
            default -> "at " + d.scope().label() + " scope";
        };
    }

    /** The trimmed software name, 1..200 characters. */
    public static String checkSoftware(String raw) {
        String software = raw == null ? "" : raw.strip();
        if (software.isEmpty()) {
            throw new RuleViolation("software", "Software is required.");
        }
        if (software.length() > MAX_SOFTWARE_LENGTH) {
            throw new RuleViolation("software", "Software name is " + software.length() + " characters; at most "
                    + MAX_SOFTWARE_LENGTH + " are allowed.");
        }
        return software;
    }

    /** The trimmed version: required and version-shaped for states that take one, "" for the others. */
    public static String checkVersion(DesiredState state, String raw) {
        String version = raw == null ? "" : raw.strip();
        if (!state.takesVersion()) {
            if (!version.isEmpty()) {
                throw new RuleViolation("version", "Version is only used with " + DesiredState.SPECIFIC_VERSION.label()
                        + " or " + DesiredState.AT_LEAST.label() + " (got \"" + version + "\" for " + state.label() + ").");
            }
            return "";
        }
        if (version.isEmpty()) {
            throw new RuleViolation("version", state.label() + " needs a version, e.g. 24.08 or 16.0.17928.");
        }
        if (version.length() > MAX_VERSION_LENGTH) {
            throw new RuleViolation("version", "Version is " + version.length() + " characters; at most "
                    + MAX_VERSION_LENGTH + " are allowed.");
        }
        if (!VERSION.matcher(version).matches() || !HAS_DIGIT.matcher(version).matches()) {
            throw new RuleViolation("version", "\"" + version + "\" does not look like a version; use numbers or letters "
                    + "separated by dots, e.g. 24.08, 16.0.17928 or 34.0.R7.");
        }
        return version;
    }

    /** The trimmed tag, 1..40 characters without commas (as tenant and computer tags). */
    public static String checkTag(String raw) {
        String tag = raw == null ? "" : raw.strip();
        if (tag.isEmpty()) {
            throw new RuleViolation("tag", "Enter the tag of the computers this deployment is for.");
        }
        if (tag.length() > MAX_TAG_LENGTH) {
            throw new RuleViolation("tag", "Tag \"" + tag + "\" is longer than " + MAX_TAG_LENGTH + " characters.");
        }
        if (tag.contains(",")) {
            throw new RuleViolation("tag", "Tag \"" + tag + "\" contains a comma; a deployment targets one tag.");
        }
        return tag;
    }

    /**
     * The exception action: a deployment of the same software, NOT_PRESENT or IGNORE, at a scope that
     * beats {@code general} for the target, so it wins there by ordinary precedence. A tenant target
     * of a TENANT-scope deployment must lie below its owner (the caller knows the tree; the owner
     * itself is refused here). The new deployment is enabled and keeps the general one's
     * enforcement and order.
     */
    public static Deployment exceptionFor(Deployment general, ExceptionTarget target, DesiredState state, UUID newId, RecordMeta meta) {
        Objects.requireNonNull(target, "target");
        if (!state.isException()) {
            throw new RuleViolation("desiredState", "An exception is " + DesiredState.NOT_PRESENT.label() + " or "
                    + DesiredState.IGNORE.label() + " (got " + state.label() + ").");
        }
        if (general.scope() == DeploymentScope.COMPUTER) {
            // another COMPUTER deployment would only tie with it; the list itself is the place to change
            throw new RuleViolation("scope", "\"" + general.software() + "\" is deployed to listed computers; "
                    + "take the computer off that list instead of adding an exception.");
        }
        if (target instanceof ExceptionTarget.ForComputer computer) {
            return new Deployment(newId, computer.computerTenantId(), general.software(), state, "", general.enforcement(),
                    DeploymentScope.COMPUTER, false, List.of(computer.computerId()), "", general.order(), true, meta);
        }
        ExceptionTarget.ForTenant tenant = (ExceptionTarget.ForTenant) target;
        if (general.scope() == DeploymentScope.TENANT) {
            if (general.ownerTenantId().equals(tenant.tenantId())) {
                throw new RuleViolation("scope", "This deployment belongs to that tenant; disable it or change its "
                        + "desired state instead of adding an exception.");
            }
            if (!general.includeChildTenants()) {
                throw new RuleViolation("scope", "This deployment reaches only its own tenant's computers, "
                        + "so another tenant needs no exception.");
            }
        }
        return new Deployment(newId, tenant.tenantId(), general.software(), state, "", general.enforcement(),
                DeploymentScope.TENANT, tenant.includeChildTenants(), List.of(), "", general.order(), true, meta);
    }
}
