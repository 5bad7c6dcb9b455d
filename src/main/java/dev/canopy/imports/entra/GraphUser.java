package dev.canopy.imports.entra;

import java.util.Locale;

/**
 * One Entra ID user as Graph lists it ({@code $select=id,displayName,mail,userPrincipalName,accountEnabled,userType}),
 * with where it came from (the page, counted from 1, and its place on that page) so a problem can name it.
 * accountEnabled and userType are null when the answer leaves them out.
 */
public record GraphUser(String id, String displayName, String mail, String userPrincipalName, Boolean accountEnabled,
                        String userType, int page, int index) {

    /** A guest (B2B) account: userType Guest, or an external user's UPN ("jane_contoso.com#EXT#@fabrikam.onmicrosoft.com"). */
    public boolean guest() {
        return "guest".equalsIgnoreCase(blankToEmpty(userType))
                || blankToEmpty(userPrincipalName).toUpperCase(Locale.ROOT).contains("#EXT#");
    }

    /** Disabled accounts import as inactive; an answer without accountEnabled counts as enabled. */
    public boolean enabled() {
        return !Boolean.FALSE.equals(accountEnabled);
    }

    /** The address a person gets: mail, else the sign-in name; empty when there is neither. */
    public String address() {
        String m = blankToEmpty(mail);
        return m.isEmpty() ? blankToEmpty(userPrincipalName) : m;
    }

    /** Where the user is in the source and who it is, for a problem line: "page 2, user 14 (jane@contoso.example)". */
    public String where() {
        String who = !address().isEmpty() ? address() : !blankToEmpty(displayName).isEmpty() ? displayName.strip() : blankToEmpty(id);
        return "page " + page + ", user " + index + (who.isEmpty() ? "" : " (" + who + ")");
    }

    static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
