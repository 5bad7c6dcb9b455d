package dev.canopy.imports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Names an import reports as likely one tenant, rather than doubling it. */
class LikelySameNameTest {

    @Test
    void caseSpacingPunctuationAndAccentsMakeNoDifference() {
        assertThat(LikelySameName.likelySame("Müller GmbH", "MULLER  GMBH")).isTrue();
        assertThat(LikelySameName.likelySame("Acme, Inc.", "acme inc")).isTrue();
        assertThat(LikelySameName.likelySame("Café Zürich", "Cafe-Zurich")).isTrue();
        assertThat(LikelySameName.likelySame("Straße AG", "Strasse AG")).isTrue();
    }

    @Test
    void differentNamesAndTheSameSpellingAreNotReported() {
        assertThat(LikelySameName.likelySame("Acme", "Acme Berlin")).isFalse();
        assertThat(LikelySameName.likelySame("Acme", " Acme ")).as("written the same: simply the same tenant").isFalse();
        assertThat(LikelySameName.likelySame("---", "...")).as("no letters at all").isFalse();
    }
}
