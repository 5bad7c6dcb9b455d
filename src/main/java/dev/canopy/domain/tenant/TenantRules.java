package dev.canopy.domain.tenant;

import dev.canopy.domain.RuleViolation;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
            throw new RuleViolation("name", "Name is required.");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new RuleViolation("name", "Name is " + name.length() + " characters; at most " + MAX_NAME_LENGTH + " are allowed.");
        }
        return name;
    }

    /** Refuses a name that a sibling already has, ignoring case. */
    public static void checkUniqueAmongSiblings(String name, UUID self, List<Tenant> siblings, String parentName) {
        for (Tenant sibling : siblings) {
            if (!sibling.id().equals(self) && !sibling.deleted() && sibling.name().equalsIgnoreCase(name)) {
                throw new RuleViolation("name", "\"" + parentName + "\" already has a tenant named \"" + sibling.name() + "\".");
            }
        }
    }

    public static String checkDescription(String raw) {
        String description = raw == null ? "" : raw.strip();
        if (description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new RuleViolation("description", "Description is " + description.length() + " characters; at most " + MAX_DESCRIPTION_LENGTH + " are allowed.");
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
            throw new RuleViolation("timeZone", "\"" + zone + "\" is not a known time zone (use an IANA id such as Europe/Berlin).");
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
                throw new RuleViolation("tags", "Tag \"" + t + "\" is longer than " + MAX_TAG_LENGTH + " characters.");
            }
            if (t.contains(",")) {
                throw new RuleViolation("tags", "Tag \"" + t + "\" contains a comma.");
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
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "tenant" : slug;
    }
}
