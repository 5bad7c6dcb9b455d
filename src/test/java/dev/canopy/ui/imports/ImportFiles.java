package dev.canopy.ui.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Export files for the import tests, against {@link dev.canopy.reports.ComplianceSeed} (Northwind with the clients
 * Acme, Contoso and Globex; Acme holds ACME-01 and ACME-02): a PSA's CSV of a shape Canopy does not know.
 */
final class ImportFiles {

    /** ACME-01 exists (it changes), Initech and its site Austin are new; line 5 has no computer name. */
    static final String PSA = """
            Client;Client id;Site;Device;Device id;Serial;OS
            Acme;;;ACME-01;dev-acme-01;SN-A1;Windows 11 Enterprise
            Initech;c-7;;INI-01;dev-ini-01;SN-I1;Windows 11 Pro
            Initech;c-7;Austin;INI-02;dev-ini-02;SN-I2;Ubuntu 24.04
            Initech;c-7;;;dev-ini-03;SN-I3;Windows 10
            """;

    /** The same without the problem row. */
    static final String PSA_CLEAN = PSA.substring(0, PSA.lastIndexOf("Initech;c-7;;;"));

    /**
     * A PSA's list of computers with their users: ACME-01 and ACME-02 both belong to Ann Lee (one person), line 4 is a
     * person without a computer, line 5 gives a bad address.
     */
    static final String PSA_USERS = """
            Client;Device;Device id;User;Email
            Acme;ACME-01;dev-acme-01;Ann Lee;ann@acme.example
            Acme;ACME-02;dev-acme-02;Ann Lee;Ann@Acme.example
            Acme;;;Ben Ode;ben@acme.example
            Acme;ACME-03;dev-acme-03;Cy Fox;cy at acme
            """;

    private ImportFiles() {
    }

    static Path write(Path folder, String name, String text) {
        try {
            Path file = folder.resolve(name);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
