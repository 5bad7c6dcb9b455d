package dev.canopy.imports;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.canopy.imports.ImportField.CLIENT;
import static dev.canopy.imports.ImportField.CLIENT_ID;
import static dev.canopy.imports.ImportField.COMPUTER_NAME;
import static dev.canopy.imports.ImportField.DEVICE_ID;
import static dev.canopy.imports.ImportField.LAST_SEEN;
import static dev.canopy.imports.ImportField.OS;
import static dev.canopy.imports.ImportField.SERIAL_NUMBER;
import static dev.canopy.imports.ImportField.SITE;
import static dev.canopy.imports.ImportField.SITE_ID;

/**
 * The export shapes Canopy knows, each as the product's own API documents its fields (docs/imports.md cites where
 * each list comes from). Only fields every such export carries are mapped, so a recognised file always maps.
 */
public final class ImportPresets {

    /** Datto RMM API v2, {@code GET /v2/account/devices}: a page of devices; a Datto "site" is the customer. */
    public static final ImportPreset DATTO_RMM_DEVICES = new ImportPreset("Datto RMM devices (API v2)", "datto-rmm",
            Set.of("uid", "siteUid", "siteName", "hostname"), new ColumnMapping(Map.of(CLIENT, "siteName", CLIENT_ID, "siteUid",
            COMPUTER_NAME, "hostname", DEVICE_ID, "uid", OS, "operatingSystem", LAST_SEEN, "lastSeen")));

    /** NinjaOne API v2, {@code GET /v2/devices}: devices with their organization and location in {@code references}. */
    public static final ImportPreset NINJAONE_DEVICES = new ImportPreset("NinjaOne devices (API v2)", "ninjaone",
            Set.of("id", "systemName", "organizationId", "references.organization.name"), new ColumnMapping(Map.of(
            CLIENT, "references.organization.name", CLIENT_ID, "organizationId", SITE, "references.location.name", SITE_ID, "locationId",
            COMPUTER_NAME, "systemName", DEVICE_ID, "id", LAST_SEEN, "lastContact")));

    /** Atera API v3, {@code GET /api/v3/agents}: a page of agents ({@code items}) with their customer. */
    public static final ImportPreset ATERA_AGENTS = new ImportPreset("Atera agents (API v3)", "atera",
            Set.of("AgentID", "CustomerID", "CustomerName", "MachineName"), new ColumnMapping(Map.of(CLIENT, "CustomerName",
            CLIENT_ID, "CustomerID", COMPUTER_NAME, "MachineName", DEVICE_ID, "AgentID", OS, "OS", SERIAL_NUMBER, "VendorSerialNumber")));

    private ImportPresets() {
    }

    public static List<ImportPreset> standard() {
        return List.of(DATTO_RMM_DEVICES, NINJAONE_DEVICES, ATERA_AGENTS);
    }
}
