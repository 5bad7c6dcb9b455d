package dev.canopy.sync;

import dev.canopy.domain.command.ImportRecords;

import java.util.Map;

/** An import's records (or one part of a large import), each whole, as {@link ImportRecords#args()} writes them. */
final class ImportMutations {

    private ImportMutations() {
    }

    static void addTo(Map<String, Decoder> decoders) {
        decoders.put("import.apply", a -> new ImportRecords(a.string("label"),
                a.objects("tenants").stream().map(WireRecords::tenant).toList(),
                a.objects("people").stream().map(WireRecords::person).toList(),
                a.objects("computers").stream().map(WireRecords::computer).toList()));
    }
}
