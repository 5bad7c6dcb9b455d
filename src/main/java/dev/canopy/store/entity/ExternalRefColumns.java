package dev.canopy.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One integration mapping row of a tenant. */
@Embeddable
public class ExternalRefColumns {

    @Column(name = "source", nullable = false, length = 40)
    private String source;
    @Column(name = "external_id", nullable = false, length = 200)
    private String externalId;

    protected ExternalRefColumns() {
    }

    public ExternalRefColumns(String source, String externalId) {
        this.source = source;
        this.externalId = externalId;
    }

    public String source() {
        return source;
    }

    public String externalId() {
        return externalId;
    }
}
