package dev.canopy.domain.tenant;

/** An integration mapping, e.g. source "psa" with the PSA's company id. */
public record ExternalRef(String source, String externalId) {
}
