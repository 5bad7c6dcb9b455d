package dev.canopy.domain.tenant;

/**
 * An integration mapping, e.g. source "autotask" with the PSA's company id: which record of another system a tenant
 * is. {@link IntegrationMappingRules} says what a valid one is; {@link IntegrationMappings} how they are inherited.
 */
public record ExternalRef(String source, String externalId) {
}
