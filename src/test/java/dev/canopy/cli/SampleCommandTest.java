package dev.canopy.cli;

import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.store.LocalStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SampleCommandTest {

    @TempDir
    Path temp;

    @Test
    void fillsAnEmptyFolderWithARealisticHierarchy() {
        Path folder = temp.resolve("a");
        assertThat(Main.run("--data-dir", folder.toString(), "sample", "--tenants", "120", "--computers", "900", "--seed", "7")).isZero();
        try (LocalStore store = LocalStore.open(folder)) {
            TenantHierarchy hierarchy = store.loadHierarchy();
            assertThat(hierarchy.size()).isEqualTo(120);
            assertThat(hierarchy.totalComputers()).isEqualTo(900);
            TenantNode root = hierarchy.root().orElseThrow();
            assertThat(root.kind()).isEqualTo(TenantKind.MSP);
            assertThat(hierarchy.children(root.id())).allMatch(n -> n.kind() == TenantKind.CLIENT);
            int deepest = hierarchy.depthFirst().stream().mapToInt(n -> hierarchy.path(n.id()).size()).max().orElseThrow();
            assertThat(deepest).isBetween(3, 5);  // MSP, client, then 1–3 levels of sub-tenants
        }
    }

    @Test
    void theSameSeedGivesTheSameTenants() {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        Main.run("--data-dir", a.toString(), "sample", "--tenants", "60", "--computers", "100", "--seed", "3");
        Main.run("--data-dir", b.toString(), "sample", "--tenants", "60", "--computers", "100", "--seed", "3");
        assertThat(names(a)).isEqualTo(names(b)).hasSize(60);
    }

    private static List<String> names(Path folder) {
        try (LocalStore store = LocalStore.open(folder)) {
            return store.loadHierarchy().depthFirst().stream().map(n -> n.id() + n.name() + n.computers()).toList();
        }
    }

    @Test
    void badInputExitsWithTwoAndAOneLineReason() {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path folder = temp.resolve("c");
        try {
            System.setErr(new PrintStream(err, true));
            assertThat(Main.run("--data-dir", folder.toString(), "sample", "--tenants", "0")).isEqualTo(2);
            Main.run("--data-dir", folder.toString(), "sample", "--tenants", "5", "--computers", "5");
            assertThat(Main.run("--data-dir", folder.toString(), "sample", "--tenants", "5")).isEqualTo(2);
        } finally {
            System.setErr(original);
        }
        assertThat(err.toString()).contains("canopy: --tenants must be at least 1 (the MSP itself), got 0")
                .contains("canopy: This data folder already has tenants");
    }
}
