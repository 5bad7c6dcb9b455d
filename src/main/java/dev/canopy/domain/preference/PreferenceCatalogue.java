package dev.canopy.domain.preference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The typed catalogue of settings a tenant can have (DESIGN.md §1, Preferences). {@link #standard()}
 * is the one the app uses; the constructor exists for tests and tools that need a smaller one.
 */
public final class PreferenceCatalogue {

    /** The areas settings are grouped under, in the order the preferences page shows them. */
    public static final List<String> AREAS = List.of("Maintenance", "Agent", "Deployments", "Sessions", "People", "Onboarding", "Tenants");

    public static final SettingDefinition REBOOT_PREFERENCE = new SettingDefinition(
            "maintenance.rebootPreference", "Maintenance", "Reboot preference",
            SettingType.choice("NORMAL", "FORCE", "SUPPRESS", "IF_REQUIRED"), "NORMAL",
            "How computers reboot after maintenance: Normal asks a signed-in user first, Force always reboots, "
                    + "Suppress never reboots, If required reboots without asking only when an update needs it.");

    public static final SettingDefinition PROMPT_TIMEOUT_MINUTES = new SettingDefinition(
            "maintenance.promptTimeoutMinutes", "Maintenance", "Prompt timeout",
            SettingType.integer(0, 1440, "minutes"), "60",
            "How many minutes a signed-in user has to answer a maintenance or reboot prompt before it goes ahead (0 = no prompt).");

    public static final SettingDefinition BUSINESS_HOURS = new SettingDefinition(
            "maintenance.businessHours", "Maintenance", "Business hours",
            SettingType.timeRange(), "08:00-18:00",
            "The working day in the tenant's time zone, during which reboots can be held back.", "08:00-18:00");

    public static final SettingDefinition SUPPRESS_REBOOTS_DURING_BUSINESS_HOURS = new SettingDefinition(
            "maintenance.suppressRebootsDuringBusinessHours", "Maintenance", "No reboots during business hours",
            SettingType.bool(), "true",
            "Whether reboots that maintenance needs are postponed until business hours are over.");

    public static final SettingDefinition EXCLUDED_COMPUTERS = new SettingDefinition(
            "maintenance.excludedComputers", "Maintenance", "Excluded computers",
            SettingType.computerList(), "",
            "Computers that scheduled maintenance skips, such as servers that are patched by hand.");

    public static final SettingDefinition AGENT_AUTO_UPDATE = new SettingDefinition(
            "agent.autoUpdate", "Agent", "Update the agent automatically",
            SettingType.bool(), "true",
            "Whether the agent on each computer updates itself when a new version is released on its channel.");

    public static final SettingDefinition AGENT_UPDATE_CHANNEL = new SettingDefinition(
            "agent.updateChannel", "Agent", "Agent update channel",
            SettingType.choice("STABLE", "BETA", "PREVIEW"), "STABLE",
            "Which agent releases computers receive: Stable for production, Beta or Preview to try new versions early.");

    public static final SettingDefinition ALLOW_PRERELEASE = new SettingDefinition(
            "deployment.allowPrerelease", "Deployments", "Allow pre-release software",
            SettingType.bool(), "false",
            "Whether deployments that ask for the latest version may install beta and pre-release builds.");

    public static final SettingDefinition EXCLUDE_FROM_CROSS_TENANT = new SettingDefinition(
            "deployment.excludeFromCrossTenant", "Deployments", "Exclude from cross-tenant deployments",
            SettingType.bool(), "false",
            "Whether deployments that apply to every tenant skip this one, for tenants whose software is managed separately.");

    public static final SettingDefinition SESSION_EMAILS_ENABLED = new SettingDefinition(
            "session.emailsEnabled", "Sessions", "Send maintenance e-mails",
            SettingType.bool(), "true",
            "Whether the primary person of a computer gets an e-mail before and after its maintenance session.");

    public static final SettingDefinition SESSION_EMAIL_BCC = new SettingDefinition(
            "session.emailBcc", "Sessions", "Blind copy maintenance e-mails to",
            SettingType.emailList(), "",
            "Addresses that receive a blind copy of every maintenance e-mail, such as the service desk's mailbox.",
            "servicedesk@northwind.example");

    public static final SettingDefinition USER_AFFINITY_SYNC = new SettingDefinition(
            "people.userAffinitySync", "People", "Sync user affinity",
            SettingType.bool(), "true",
            "Whether each computer's primary person is updated from who signs in to it most.");

    public static final SettingDefinition ONBOARDING_ENABLED = new SettingDefinition(
            "onboarding.enabled", "Onboarding", "Onboard new computers",
            SettingType.bool(), "true",
            "Whether new computers of the tenant run onboarding deployments before their first regular maintenance.");

    public static final SettingDefinition ONBOARDING_WELCOME_MESSAGE = new SettingDefinition(
            "onboarding.welcomeMessage", "Onboarding", "Welcome message",
            SettingType.text(500), "",
            "Text shown to the user of a new computer while it is being set up.",
            "Welcome! Your computer is being set up by the IT team; this can take an hour.");

    public static final SettingDefinition TENANT_NAMING_RULE = new SettingDefinition(
            "tenant.namingRule", "Tenants", "Naming rule for child tenants",
            SettingType.regex(), "",
            "A pattern that the names of child tenants should follow; names that do not are warned about, not refused.",
            "^[A-Z][A-Za-z0-9 &.-]+ - [A-Z]{2,3}$");

    private static final PreferenceCatalogue STANDARD = new PreferenceCatalogue(List.of(
            REBOOT_PREFERENCE, PROMPT_TIMEOUT_MINUTES, BUSINESS_HOURS, SUPPRESS_REBOOTS_DURING_BUSINESS_HOURS, EXCLUDED_COMPUTERS,
            AGENT_AUTO_UPDATE, AGENT_UPDATE_CHANNEL,
            ALLOW_PRERELEASE, EXCLUDE_FROM_CROSS_TENANT,
            SESSION_EMAILS_ENABLED, SESSION_EMAIL_BCC,
            USER_AFFINITY_SYNC,
            ONBOARDING_ENABLED, ONBOARDING_WELCOME_MESSAGE,
            TENANT_NAMING_RULE));

    private final List<SettingDefinition> all;
    private final Map<String, SettingDefinition> byKey = new HashMap<>();
    private final Map<String, List<SettingDefinition>> byArea;

    /** @throws IllegalArgumentException when two definitions share a key */
    public PreferenceCatalogue(List<SettingDefinition> definitions) {
        all = List.copyOf(definitions);
        for (SettingDefinition definition : all) {
            if (byKey.put(definition.key(), definition) != null) {
                throw new IllegalArgumentException("two definitions for " + definition.key());
            }
        }
        byArea = group(all);
    }

    public static PreferenceCatalogue standard() {
        return STANDARD;
    }

    /** Every setting, in catalogue order. */
    public List<SettingDefinition> all() {
        return all;
    }

    public Optional<SettingDefinition> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Settings by area: the known areas in {@link #AREAS} order, then any others as they first appear. */
    public Map<String, List<SettingDefinition>> byArea() {
        return byArea;
    }

    private static Map<String, List<SettingDefinition>> group(List<SettingDefinition> definitions) {
        Map<String, List<SettingDefinition>> groups = new LinkedHashMap<>();
        for (SettingDefinition definition : definitions) {
            groups.computeIfAbsent(definition.area(), a -> new ArrayList<>()).add(definition);
        }
        List<String> areas = new ArrayList<>(groups.keySet());
        // stable sort: unknown areas keep their order of appearance, after the known ones
        areas.sort(Comparator.comparingInt(a -> AREAS.contains(a) ? AREAS.indexOf(a) : AREAS.size()));
        Map<String, List<SettingDefinition>> ordered = new LinkedHashMap<>();
        for (String area : areas) {
            ordered.put(area, List.copyOf(groups.get(area)));
        }
        return Collections.unmodifiableMap(ordered);
    }
}
