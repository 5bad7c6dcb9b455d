package dev.canopy.ui.tree;

import dev.canopy.ui.SeedRecords;
import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.store.LocalStore;
import dev.canopy.store.SampleWriter;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A search matching hundreds of tenants opens the way to the first 200 and says so, instead of opening everything. */
@ExtendWith(ApplicationExtension.class)
class BroadSearchTest extends TreeViewFixture {

    private static final RecordMeta META = RecordMeta.created(Instant.parse("2026-01-01T00:00:00Z"), "seed");

    @Start
    void start(Stage primary) {
        mount(BroadSearchTest::seed);
    }

    private static void seed(LocalStore store) {
        UUID msp = UUID.randomUUID();
        try (SampleWriter writer = store.sampleWriter()) {
            writer.tenant(tenant(msp, null, "Northwind", TenantKind.MSP));
            for (int i = 0; i < 250; i++) {
                UUID client = UUID.randomUUID();
                writer.tenant(tenant(client, msp, String.format("Client %03d", i), TenantKind.CLIENT));
                writer.tenant(tenant(UUID.randomUUID(), client, String.format("Branch %03d", i), TenantKind.SUB));
            }
            writer.commit();
        }
    }

    @Test
    void aBroadSearchOpensTheFirst200MatchesAndAsksForMoreLetters() {
        TreeView<?> tree = treeView.tree();

        robot.clickOn("#tenantSearch").write("branch");
        assertThat(robot.lookup(".empty-search").queryAs(Label.class).getText())
                .isEqualTo("250 matches; the first 200 are opened. Type more to narrow.");
        assertThat(tree.getExpandedItemCount()).as("the root, 250 clients and the branches under the first 200").isEqualTo(1 + 250 + 200);

        robot.write(" 24");
        assertThat(robot.lookup(".empty-search").queryAs(Label.class).isVisible()).as("ten matches need no note").isFalse();
        assertThat(tree.getExpandedItemCount()).as("the root, Client 240-249 and their branches").isEqualTo(1 + 10 + 10);

        robot.type(KeyCode.ESCAPE);
        assertThat(tree.getExpandedItemCount()).as("back to the clients under the root").isEqualTo(1 + 250);
    }

    /** A keystroke reuses the tree's items: backspacing, retyping and clearing must show what a fresh search shows. */
    @Test
    void backspacesAndRetypingShowTheSameRowsAsTypingAfresh() {
        TreeView<?> tree = treeView.tree();
        robot.clickOn("#tenantSearch").write("branch 24");
        robot.type(KeyCode.BACK_SPACE, 2);
        assertThat(tree.getExpandedItemCount()).as("\"branch \" again: the first 200 opened").isEqualTo(1 + 250 + 200);
        robot.write("01");
        assertThat(visibleTenantNames()).containsExactly("Northwind", "Client 010", "Branch 010", "Client 011", "Branch 011",
                "Client 012", "Branch 012", "Client 013", "Branch 013", "Client 014", "Branch 014", "Client 015", "Branch 015",
                "Client 016", "Branch 016", "Client 017", "Branch 017", "Client 018", "Branch 018", "Client 019", "Branch 019");
        robot.type(KeyCode.BACK_SPACE, 2).write("24");
        assertThat(tree.getExpandedItemCount()).as("Client 240-249 and their branches, no branch left open from before")
                .isEqualTo(1 + 10 + 10);
        robot.type(KeyCode.ESCAPE);
        assertThat(tree.getExpandedItemCount()).as("every branch the search opened is closed again").isEqualTo(1 + 250);
    }

    private static Tenant tenant(UUID id, UUID parent, String name, TenantKind kind) {
        return SeedRecords.tenant(id, parent, name, kind, META);
    }
}
