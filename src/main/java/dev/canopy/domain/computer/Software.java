package dev.canopy.domain.computer;

/** One inventory line of a computer. */
public record Software(String name, String version, String publisher) {
}
