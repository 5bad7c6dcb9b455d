package dev.canopy.server;

import dev.canopy.domain.person.Role;

import java.util.UUID;

/** A token just made: the only time its secret exists outside the person's hands. */
public record IssuedToken(UUID tokenId, UUID accountId, String email, Role role, boolean newAccount, String token) {

    /** Never the secret: a record's toString ends up in logs and assertion messages. */
    @Override
    public String toString() {
        return "IssuedToken[tokenId=" + tokenId + ", accountId=" + accountId + ", email=" + email + ", role=" + role
                + ", newAccount=" + newAccount + "]";
    }
}
