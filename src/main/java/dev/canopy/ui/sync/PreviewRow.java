package dev.canopy.ui.sync;

import dev.canopy.sync.client.PreviewItem;

import java.util.Locale;

/** One pending edit as the server's dry run judged it, in words: "Will apply", "Will merge", "Conflict", "Rejected". */
public record PreviewRow(long id, String summary, String status, String verdict, String reason, String tone) {

    static PreviewRow of(PreviewItem item) {
        String status = item.status() == null ? "" : item.status().toUpperCase(Locale.ROOT);
        String verdict;
        String tone;
        switch (status) {
            case "APPLIED" -> {
                verdict = "Will apply";
                tone = "success";
            }
            case "MERGED" -> {
                verdict = "Will merge";
                tone = "accent";
            }
            case "CONFLICT" -> {
                verdict = "Conflict";
                tone = "warning";
            }
            case "REJECTED" -> {
                verdict = "Rejected";
                tone = "danger";
            }
            default -> {
                verdict = status.isEmpty() ? "Unknown" : status;
                tone = "";
            }
        }
        return new PreviewRow(item.mutationId(), item.summary(), status, verdict, item.reason() == null ? "" : item.reason(), tone);
    }
}
