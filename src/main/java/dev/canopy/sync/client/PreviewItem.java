package dev.canopy.sync.client;

/** One pending edit as the server's dry run judged it: status APPLIED | MERGED | CONFLICT | REJECTED, and why. */
public record PreviewItem(long mutationId, String summary, String status, String reason) {
}
