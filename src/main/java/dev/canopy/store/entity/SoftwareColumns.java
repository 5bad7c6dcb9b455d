package dev.canopy.store.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One inventory row of a computer. */
@Embeddable
public class SoftwareColumns {

    @Column(nullable = false, length = 200)
    private String name;
    @Column(nullable = false, length = 100)
    private String version;
    @Column(nullable = false, length = 200)
    private String publisher;

    protected SoftwareColumns() {
    }
}
