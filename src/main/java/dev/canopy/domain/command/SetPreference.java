package dev.canopy.domain.command;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.preference.PreferenceMode;
import dev.canopy.domain.preference.SettingDefinition;
import dev.canopy.domain.preference.TenantPreference;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Sets one tenant's setting to inherit, a value, or an enforced value. Refused under an enforcing ancestor. */
public record SetPreference(UUID tenantId, String key, PreferenceMode mode, String value) implements Command {

    @Override
    public String mutationName() {
        return "preference.set";
    }

    @Override
    public Map<String, Object> args() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("tenantId", tenantId.toString());
        args.put("key", key);
        args.put("mode", mode.name());
        args.put("value", value);
        return args;
    }

    @Override
    public UUID targetId() {
        return tenantId;
    }

    @Override
    public Applied applyTo(Workspace ws) {
        var tenant = TenantLookup.existing(ws, tenantId, "tenant");
        SettingDefinition definition = PreferenceCatalogue.standard().find(key)
                .orElseThrow(() -> new RuleViolation(key, "\"" + key + "\" is not a known setting."));
        if (mode != PreferenceMode.INHERIT) {
            for (UUID ancestor = tenant.parentId(); ancestor != null; ) {
                var up = ws.tenant(ancestor).orElseThrow();
                Optional<TenantPreference> row = ws.preference(ancestor, key);
                if (row.isPresent() && row.get().mode() == PreferenceMode.ENFORCED && !row.get().meta().deleted()) {
                    throw new RuleViolation(key, "\"" + definition.label() + "\" is enforced by " + up.name() + ": children cannot override it.");
                }
                ancestor = up.parentId();
            }
        }
        Optional<TenantPreference> before = ws.preference(tenantId, key).filter(p -> !p.meta().deleted());
        TenantPreference after = mode == PreferenceMode.INHERIT ? null
                : TenantPreference.of(definition, tenantId, mode, value,
                before.map(b -> b.meta().touched(ws.now(), ws.actor())).orElse(RecordMeta.created(ws.now(), ws.actor())));
        if (before.isEmpty() && after == null
                || before.isPresent() && after != null && before.get().mode() == after.mode() && before.get().value().equals(after.value())) {
            throw new RuleViolation(key, "Nothing to save: the setting is already like that.");
        }
        ws.savePreference(tenantId, key, before.orElse(null), after);
        SetPreference inverse = before.map(b -> new SetPreference(tenantId, key, b.mode(), b.value()))
                .orElse(new SetPreference(tenantId, key, PreferenceMode.INHERIT, ""));
        String what = switch (mode) {
            case INHERIT -> "reset of ";
            case OVERRIDE -> "override of ";
            case ENFORCED -> "enforcement of ";
        };
        return new Applied(what + definition.label() + " on " + tenant.name(), inverse);
    }
}
