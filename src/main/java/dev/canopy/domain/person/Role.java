package dev.canopy.domain.person;

/** Access a person holds; it reaches the person's tenant and its whole subtree. */
public enum Role {
    MSP_ADMIN, TECHNICIAN, TENANT_ADMIN, TENANT_USER
}
