package dev.canopy.domain.preference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks the name of a child tenant against the effective {@code tenant.namingRule} of its parent.
 * A name that breaks the rule is warned about, never refused: the rule is a house style, and the
 * technician may know better (DESIGN.md §1).
 * <p>
 * The pattern is searched for in the name, so a rule with ^ and $ must match the whole name while
 * "Dental" only has to appear in it, as in any regex tester.
 */
public final class TenantNamingRule {

    // names to show as "e.g." when no sibling follows the rule; the first that matches is shown
    private static final List<String> SAMPLE_NAMES = List.of(
            "Acme Dental - NY", "Acme Dental", "Acme Dental NY", "Acme Dental (NY)", "ACME-DENTAL-NY", "acme-dental-ny",
            "Acme Dental Berlin", "Acme", "ACME", "acme");

    private final Effective rule;
    private final Pattern pattern;

    /** @param parentRule the parent's effective {@code tenant.namingRule} */
    public TenantNamingRule(Effective parentRule) {
        this.rule = Objects.requireNonNull(parentRule, "parentRule");
        this.pattern = compile(parentRule.value());
    }

    public static TenantNamingRule forParent(EffectivePreferences parentPreferences) {
        return new TenantNamingRule(parentPreferences.resolve(PreferenceCatalogue.TENANT_NAMING_RULE));
    }

    /** True when the parent has a rule at all. */
    public boolean active() {
        return !rule.value().isEmpty();
    }

    public boolean follows(String childName) {
        return pattern == null || pattern.matcher(childName.strip()).find();
    }

    /** The warning for a name that breaks the rule, or empty when it follows it or there is no rule. */
    public Optional<String> check(String childName, Function<UUID, String> tenantName) {
        return check(childName, List.of(), tenantName);
    }

    /**
     * As {@link #check(String, Function)}, preferring an existing sibling that follows the rule as the
     * example, since it shows the technician the house style in their own data.
     */
    public Optional<String> check(String childName, Collection<String> siblingNames, Function<UUID, String> tenantName) {
        if (!active()) {
            return Optional.empty();
        }
        String name = childName.strip();
        String setOn = rule.sourceTenantId() == null ? "" : " set on " + nameOf(tenantName);
        if (pattern == null) {
            // a rule written by a newer version or another tool: say so rather than stay silent
            return Optional.of("The naming rule" + setOn + " (" + Messages.quote(rule.value())
                    + ") is not a valid pattern, so " + Messages.quote(name) + " was not checked.");
        }
        if (pattern.matcher(name).find()) {
            return Optional.empty();
        }
        String example = example(siblingNames).map(e -> " (e.g. " + Messages.quote(e) + ")").orElse("");
        return Optional.of(Messages.quote(name) + " does not follow the naming rule " + rule.value() + setOn + example + ".");
    }

    private Optional<String> example(Collection<String> siblingNames) {
        List<String> candidates = new ArrayList<>();
        siblingNames.forEach(s -> candidates.add(s.strip()));
        candidates.addAll(SAMPLE_NAMES);
        return candidates.stream().filter(c -> !c.isEmpty() && pattern.matcher(c).find()).findFirst();
    }

    private String nameOf(Function<UUID, String> tenantName) {
        String name = tenantName.apply(rule.sourceTenantId());
        return name == null || name.isBlank() ? "a parent tenant" : name;
    }

    private static Pattern compile(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Pattern.compile(value);
        } catch (PatternSyntaxException e) {
            return null;
        }
    }
}
