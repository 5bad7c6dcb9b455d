package dev.canopy.sync;

import dev.canopy.domain.command.ImportRecords;

import java.util.Map;

/**
 * An import's records (or one part of a large import), each whole, as {@link ImportRecords#args()} writes them; a live
 * record's meta may be left out (the outbox does, see the store's OutboxArgs): the command reads only "deleted" of it.
 */
final class ImportMutations {

    private ImportMutations() {
    }

    static void addTo(Map<String, Decoder> decoders) {
        decoders.put("import.apply", a -> new ImportRecords(a.string("label"),
                a.objects("tenants").stream().map(t -> WireRecords.tenant(t, WireRecords.MetaRule.LIVE_WHEN_ABSENT)).toList(),
                a.objects("people").stream().map(p -> WireRecords.person(p, WireRecords.MetaRule.LIVE_WHEN_ABSENT)).toList(),
                a.objects("computers").stream().map(c -> WireRecords.computer(c, WireRecords.MetaRule.LIVE_WHEN_ABSENT)).toList()));
    }
}
