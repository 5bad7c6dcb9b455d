package dev.canopy.domain.deployment;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.canopy.domain.deployment.VersionComparator.compareVersions;
import static org.assertj.core.api.Assertions.assertThat;

class VersionComparatorTest {

    @Test
    void numericSegmentsCompareAsNumbers() {
        assertThat(compareVersions("24.10", "24.9")).isPositive();
        assertThat(compareVersions("16.0.18129", "16.0.17928")).isPositive();
        assertThat(compareVersions("2.0", "10.0")).isNegative();
        assertThat(compareVersions("1.99999999999999999999", "1.100000000000000000000")).isNegative();
    }

    @Test
    void leadingZerosAndMissingTrailingZerosDoNotMatter() {
        assertThat(compareVersions("24.08", "24.8")).isZero();
        assertThat(compareVersions("24.8", "24.8.0.0")).isZero();
        assertThat(compareVersions("24.8", "24.8.1")).isNegative();
    }

    @Test
    void mixedSegmentsCompareRunByRunWithNumbersBeforeLetters() {
        assertThat(compareVersions("34.0.R7", "34.0.R10")).isNegative();
        assertThat(compareVersions("34.0.7", "34.0.R7")).isNegative();
        assertThat(compareVersions("34.0.R7", "34.1")).isNegative();
        assertThat(compareVersions("1.0.rc1", "1.0.RC1")).isZero();
        assertThat(compareVersions("1.0a", "1.0b")).isNegative();
        assertThat(compareVersions("1.0", "1.0a")).isNegative();
    }

    @Test
    void theCasesTechniciansAskAbout() {
        assertThat(compareVersions("1.10", "1.9")).isPositive();
        assertThat(compareVersions("7.0.0", "7.0")).isZero();
        assertThat(compareVersions("7.2.0-beta", "7.2.0")).isNegative();
        assertThat(compareVersions("7.2.0-beta", "7.1.9")).isPositive();
    }

    @Test
    void preReleasesSortBelowTheirReleaseInOrderOfMaturity() {
        List<String> versions = new ArrayList<>(List.of("7.2.0", "7.2.0-rc1", "7.2.0-beta.2", "7.2.0-beta", "7.2.0-alpha",
                "7.2.0-SNAPSHOT", "7.2.0-rc.2", "7.2.1", "7.1.9"));
        versions.sort(VersionComparator.INSTANCE);
        assertThat(versions).containsExactly("7.1.9", "7.2.0-SNAPSHOT", "7.2.0-alpha", "7.2.0-beta", "7.2.0-beta.2",
                "7.2.0-rc1", "7.2.0-rc.2", "7.2.0", "7.2.1");
        assertThat(compareVersions("7.2rc1", "7.2")).isNegative();
        assertThat(compareVersions("7.2.0-RC1", "7.2.0-rc1")).isZero();
        // a letter that is no pre-release word still counts above the number (QuickBooks' R releases)
        assertThat(compareVersions("34.0.R7", "34.0")).isPositive();
    }

    @Test
    void nullEmptyAndBlankAreLowest() {
        assertThat(compareVersions(null, "")).isZero();
        assertThat(compareVersions("", "  ")).isZero();
        assertThat(compareVersions(null, "0")).isNegative();
        assertThat(compareVersions("0.0.1", null)).isPositive();
    }

    @Test
    void sortsAListAsATechnicianWould() {
        List<String> versions = new ArrayList<>(List.of("24.10", "", "24.9", "24.08.1", "3", "24.R1", "24.9.0"));
        versions.sort(VersionComparator.INSTANCE);
        assertThat(versions).containsExactly("", "3", "24.08.1", "24.9", "24.9.0", "24.10", "24.R1");
    }

    @Property
    void isAntisymmetric(@ForAll("versions") String a, @ForAll("versions") String b) {
        assertThat(Integer.signum(compareVersions(a, b))).isEqualTo(-Integer.signum(compareVersions(b, a)));
    }

    @Property
    void isTransitive(@ForAll("versions") String a, @ForAll("versions") String b, @ForAll("versions") String c) {
        List<String> sorted = new ArrayList<>(Arrays.asList(a, b, c));
        sorted.sort(VersionComparator.INSTANCE);
        assertThat(compareVersions(sorted.get(0), sorted.get(1))).isNotPositive();
        assertThat(compareVersions(sorted.get(1), sorted.get(2))).isNotPositive();
        assertThat(compareVersions(sorted.get(0), sorted.get(2))).isNotPositive();
    }

    @Property
    void equalVersionsCompareAlikeWithOthers(@ForAll("versions") String a, @ForAll("versions") String b, @ForAll("versions") String c) {
        if (compareVersions(a, b) == 0) {
            assertThat(Integer.signum(compareVersions(a, c))).isEqualTo(Integer.signum(compareVersions(b, c)));
        }
    }

    @Property
    void isTransitiveWithPreReleases(@ForAll("preReleases") String a, @ForAll("preReleases") String b, @ForAll("preReleases") String c) {
        isTransitive(a, b, c);
        assertThat(Integer.signum(compareVersions(a, b))).isEqualTo(-Integer.signum(compareVersions(b, a)));
        equalVersionsCompareAlikeWithOthers(a, b, c);
    }

    @Provide
    Arbitrary<String> preReleases() {
        // versions made of numbers, pre-release words and other letters, joined by dots, dashes or nothing
        Arbitrary<String> token = Arbitraries.of("0", "1", "2", "10", "beta", "rc", "alpha", "R", "a", "dev");
        Arbitrary<String> separator = Arbitraries.of(".", "-", "");
        return Arbitraries.lazy(() -> token.list().ofMinSize(1).ofMaxSize(5)
                .flatMap(tokens -> separator.list().ofSize(tokens.size()).map(seps -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < tokens.size(); i++) {
                        sb.append(i == 0 ? "" : seps.get(i)).append(tokens.get(i));
                    }
                    return sb.toString();
                })));
    }

    @Provide
    Arbitrary<String> versions() {
        // a small alphabet so equal and near-equal versions come up often
        return Arbitraries.strings().withChars("0019aRr.").ofMaxLength(7);
    }
}
