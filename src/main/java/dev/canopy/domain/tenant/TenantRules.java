package dev.canopy.domain.tenant;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.RuleViolation.Kind;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The field rules of a tenant (DESIGN.md §1), each refusing bad input with a message for the technician. */
public final class TenantRules {

    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_DESCRIPTION_LENGTH = 2000;
    public static final int MAX_TAG_LENGTH = 40;

    private TenantRules() {
    }

    /** The trimmed name, or a violation on field "name" when it is empty or too long. */
    public static String checkName(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw new RuleViolation("name", Kind.REQUIRED, "Name is required.");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new RuleViolation("name", Kind.TOO_LONG, "Name is " + name.length() + " characters; at most " + MAX_NAME_LENGTH + " are allowed.");
        }
        return name;
    }

    /**
     * The trimmed name for a tenant under parentId (self is null for a new tenant), refused when it is
     * empty, too long or a sibling's name; the root (parentId null) has no siblings. What the tree's
     * rename and the Edit tab ask before the store checks the same with {@link #checkUniqueAmongSiblings}.
     */
    public static String checkName(String raw, UUID self, UUID parentId, TenantHierarchy hierarchy) {
        String name = checkName(raw);
        Optional<RuleViolation> taken = siblingNameClash(name, self, parentId, hierarchy);
        if (taken.isPresent()) {
            throw taken.get();
        }
        return name;
    }

    /** The refusal when a child of parentId other than self already has the name, or empty. */
    public static Optional<RuleViolation> siblingNameClash(String name, UUID self, UUID parentId, TenantHierarchy hierarchy) {
        if (parentId == null) {
            return Optional.empty();
        }
        String parentName = hierarchy.node(parentId).map(TenantNode::name).orElse("");
        return hierarchy.children(parentId).stream()
                .filter(sibling -> !sibling.id().equals(self) && sameName(sibling.name(), name))
                .findFirst().map(sibling -> nameTaken(parentName, sibling.name()));
    }

    /** Refuses a name that a live sibling already has (the store's check, on the tenants of its transaction). */
    public static void checkUniqueAmongSiblings(String name, UUID self, List<Tenant> siblings, String parentName) {
        for (Tenant sibling : siblings) {
            if (!sibling.id().equals(self) && !sibling.deleted() && sameName(sibling.name(), name)) {
                throw nameTaken(parentName, sibling.name());
            }
        }
    }

    /** Siblings' names are unique ignoring case: "acme" clashes with "Acme". */
    public static boolean sameName(String one, String other) {
        return one.equalsIgnoreCase(other);
    }

    /** The one wording of a sibling-name clash, wherever it is found. */
    public static RuleViolation nameTaken(String parentName, String siblingName) {
        return new RuleViolation("name", Kind.TAKEN, "\"" + parentName + "\" already has a tenant named \"" + siblingName + "\".");
    }

    public static String checkDescription(String raw) {
        String description = raw == null ? "" : raw.strip();
        if (description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new RuleViolation("description", Kind.TOO_LONG, "Description is " + description.length() + " characters; at most " + MAX_DESCRIPTION_LENGTH + " are allowed.");
        }
        return description;
    }

    /** An IANA zone id, or "" for "inherit". */
    public static String checkTimeZone(String raw) {
        String zone = raw == null ? "" : raw.strip();
        if (zone.isEmpty()) {
            return "";
        }
        try {
            return ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            throw new RuleViolation("timeZone", Kind.INVALID, "\"" + zone + "\" is not a known time zone (use an IANA id such as Europe/Berlin).");
        }
    }

    /** Trimmed, de-duplicated tags; each 1..40 characters without commas. */
    public static List<String> checkTags(List<String> raw) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> tags = new ArrayList<>();
        for (String tag : raw) {
            String t = tag.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.length() > MAX_TAG_LENGTH) {
                throw new RuleViolation("tags", Kind.TOO_LONG, "Tag \"" + t + "\" is longer than " + MAX_TAG_LENGTH + " characters.");
            }
            if (t.contains(",")) {
                throw new RuleViolation("tags", Kind.INVALID, "Tag \"" + t + "\" contains a comma.");
            }
            if (seen.add(t.toLowerCase(Locale.ROOT))) {
                tags.add(t);
            }
        }
        return tags;
    }

    /** Splits what a technician types ("vip, dental ,  ") into tags. */
    public static List<String> parseTags(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return checkTags(List.of(text.split(",")));
    }

    /** The base of a slug: lower-case ASCII words joined by dashes ("Zürich Büro" → "zurich-buro"). */
    public static String slugBase(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String slug = EDGE_DASHES.matcher(NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        return slug.isEmpty() ? "tenant" : slug;
    }

    // compiled once: an import names 10k tenants, and String.replaceAll compiles its pattern on every call
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern NOT_SLUG = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern EDGE_DASHES = java.util.regex.Pattern.compile("(^-+|-+$)");
}
