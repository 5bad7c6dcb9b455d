package dev.canopy.domain.preference;

import dev.canopy.domain.RuleViolation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One setting of the catalogue: its key (stored and synced), the area it is shown under, its label
 * and one-sentence description for the technician, its type and the value it has when no tenant
 * sets it. The example is a sample value shown as a hint ("" for none); REGEX settings must have one,
 * since an empty pattern box tells a technician nothing.
 */
public record SettingDefinition(String key, String area, String label, SettingType type, String defaultValue,
                                String description, String example) {

    private static final Pattern KEY = Pattern.compile("[a-z]+(\\.[a-z][A-Za-z0-9]*)+");

    public SettingDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
        example = example == null ? "" : example;
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("keys look like area.camelCase: " + key);
        }
        // a default that its own type rejects would surface as an error on a tenant nobody touched
        requireCanonical(key, label, type, defaultValue, "default");
        if (!example.isEmpty()) {
            requireCanonical(key, label, type, example, "example");
        } else if (type.kind() == SettingType.Kind.REGEX) {
            throw new IllegalArgumentException(key + " is a pattern and needs an example");
        }
    }

    public SettingDefinition(String key, String area, String label, SettingType type, String defaultValue, String description) {
        this(key, area, label, type, defaultValue, description, "");
    }

    /** The canonical form of what the technician typed, or a RuleViolation on this setting's key. */
    public String parse(String raw) {
        return type.canonical(key, label, raw);
    }

    /** A canonical value as the technician reads it. */
    public String display(String canonical) {
        return type.display(canonical);
    }

    private static void requireCanonical(String key, String label, SettingType type, String value, String what) {
        String canonical;
        try {
            canonical = type.canonical(key, label, value);
        } catch (RuleViolation e) {
            throw new IllegalArgumentException(what + " of " + key + " is invalid: " + e.getMessage(), e);
        }
        if (!canonical.equals(value)) {
            throw new IllegalArgumentException(what + " of " + key + " is not canonical: \"" + value + "\" instead of \"" + canonical + "\"");
        }
    }
}
