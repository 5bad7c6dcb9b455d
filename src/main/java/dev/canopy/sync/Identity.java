package dev.canopy.sync;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.UUID;

/**
 * {@code GET /api/v1/me}: who the token acts as, and whether the server holds any tenant yet (a never-synced client
 * needs this to choose between publishing and replacing its local copy).
 *
 * @param tenantId   the person's tenant (null before the MSP's first publish); tenantName its name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Identity(@JsonProperty("email") String email,
                       @JsonProperty("role") String role,
                       @JsonProperty("tenantId") UUID tenantId,
                       @JsonProperty("tenantName") String tenantName,
                       @JsonProperty("serverHasTenants") boolean serverHasTenants) {
}
