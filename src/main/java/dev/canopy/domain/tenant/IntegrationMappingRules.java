package dev.canopy.domain.tenant;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.RuleViolation.Kind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules of integration mappings (DESIGN.md §1: a tenant's, a person's), in one place for the Edit tab, the commands
 * and so the server: source and external id are required and trimmed and fit their columns; a tenant has at most one mapping
 * per source (sources compare ignoring case: "Autotask" is "autotask"); and no external id of a source belongs to two
 * tenants, as an import could then not tell which tenant a record is. External ids compare exactly, as the import
 * matches them. Every refusal is on field {@value #FIELD} and names the field and the value.
 */
public final class IntegrationMappingRules {

    /** The field every refusal is about: the tenant's list of mappings. */
    public static final String FIELD = "externalRefs";
    /** As the tenant_external_ref columns allow. */
    public static final int MAX_SOURCE_LENGTH = 40;
    public static final int MAX_EXTERNAL_ID_LENGTH = 200;

    private static final Comparator<ExternalRef> BY_SOURCE =
            Comparator.comparing((ExternalRef r) -> key(r.source())).thenComparing(ExternalRef::source);

    private IntegrationMappingRules() {
    }

    /** One mapping with source and external id trimmed, refused when either is empty, too long or holds a line break. */
    public static ExternalRef check(String rawSource, String rawExternalId) {
        String source = checked("Source", rawSource, MAX_SOURCE_LENGTH);
        String externalId = checked("External id", rawExternalId, MAX_EXTERNAL_ID_LENGTH);
        return new ExternalRef(source, externalId);
    }

    /** A record's whole list of own mappings, each checked, one per source, in a stable order (by source). */
    public static List<ExternalRef> checkAll(Collection<ExternalRef> raw) {
        Map<String, ExternalRef> bySource = new HashMap<>();
        List<ExternalRef> refs = new ArrayList<>();
        for (ExternalRef ref : raw) {
            ExternalRef checked = check(ref.source(), ref.externalId());
            ExternalRef earlier = bySource.putIfAbsent(key(checked.source()), checked);
            if (earlier != null) {
                throw new RuleViolation(FIELD, Kind.TAKEN, "Source " + earlier.source() + " is listed twice (external ids "
                        + earlier.externalId() + " and " + checked.externalId() + "); there is one mapping per source.");
            }
            refs.add(checked);
        }
        refs.sort(BY_SOURCE);
        return List.copyOf(refs);
    }

    /** Whether two sources are the same source ("Autotask" and "autotask" are). */
    public static boolean sameSource(String one, String other) {
        return key(one).equals(key(other));
    }

    /**
     * The refusal when another live tenant than self already has this mapping, or empty. mappedTo is what the store
     * found for the mapping's source and external id.
     */
    public static Optional<RuleViolation> takenBy(ExternalRef ref, UUID self, Collection<Tenant> mappedTo) {
        return mappedTo.stream()
                .filter(other -> !other.id().equals(self) && !other.deleted() && holds(other, ref))
                .min(Comparator.comparing(Tenant::name, String.CASE_INSENSITIVE_ORDER))
                .map(other -> new RuleViolation(FIELD, Kind.TAKEN, "External id " + ref.externalId() + " is already used by "
                        + other.name() + " for " + ref.source() + "."));
    }

    /** The mappings of after that before did not have as they are (new sources, or a source with another id). */
    public static List<ExternalRef> addedOrChanged(List<ExternalRef> before, List<ExternalRef> after) {
        java.util.Set<String> kept = new HashSet<>();
        before.forEach(ref -> kept.add(key(ref.source()) + "\n" + ref.externalId()));
        return after.stream().filter(ref -> !kept.contains(key(ref.source()) + "\n" + ref.externalId())).toList();
    }

    /** Whether the tenant's own mappings have this one (source ignoring case, external id exactly). */
    public static boolean holds(Tenant tenant, ExternalRef ref) {
        return tenant.externalRefs().stream().anyMatch(own -> sameSource(own.source(), ref.source()) && own.externalId().equals(ref.externalId()));
    }

    private static String checked(String field, String raw, int max) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            throw new RuleViolation(FIELD, Kind.REQUIRED, field + " is required.");
        }
        if (value.length() > max) {
            throw new RuleViolation(FIELD, Kind.TOO_LONG, field + " " + shortened(value) + " is " + value.length()
                    + " characters; at most " + max + " are allowed.");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new RuleViolation(FIELD, Kind.INVALID, field + " " + shortened(value.replaceAll("\\p{Cntrl}", " "))
                    + " contains a line break or another control character.");
        }
        return value;
    }

    /** A long value shown by its start, so the message stays one readable line. */
    private static String shortened(String value) {
        return value.length() > 40 ? value.substring(0, 37) + "…" : value;
    }

    private static String key(String source) {
        return source == null ? "" : source.strip().toLowerCase(Locale.ROOT);
    }
}
