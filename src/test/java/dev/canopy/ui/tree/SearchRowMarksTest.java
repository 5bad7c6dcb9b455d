package dev.canopy.ui.tree;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.store.LocalStore;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a row shows that depends on the search — the highlighted letters, the match mark, whether it has an arrow —
 * follows every keystroke, also where the row keeps showing the same tenant (a tree that kept such cells as they were
 * to save restyling them would show the last keystroke's marks).
 */
@ExtendWith(ApplicationExtension.class)
class SearchRowMarksTest extends TreeViewFixture {

    @Start
    void start(Stage primary) {
        mount(SearchRowMarksTest::seed);
    }

    private static void seed(LocalStore store) {
        UUID msp = UUID.randomUUID();
        UUID acme = UUID.randomUUID();
        store.execute(new CreateTenant(msp, null, "Northwind"));
        store.execute(new CreateTenant(acme, msp, "Acme"));
        store.execute(new CreateTenant(UUID.randomUUID(), acme, "Berlin office"));
        store.execute(new CreateTenant(UUID.randomUUID(), msp, "Globex"));
    }

    private String highlighted(String name) {
        return ((TenantTreeCell) cell(name)).shownHit();
    }

    private boolean showsArrow(String name) {
        Node arrow = cell(name).getDisclosureNode();
        return arrow != null && arrow.isVisible() && arrow.getParent() != null;
    }

    @Test
    void eachLetterMovesTheHighlightOfARowThatKeepsItsTenant() {
        robot.clickOn("#tenantSearch").write("ac");
        assertThat(visibleTenantNames()).containsExactly("Northwind", "Acme");
        assertThat(highlighted("Acme")).isEqualTo("Ac");

        robot.write("m");
        assertThat(highlighted("Acme")).isEqualTo("Acm");
        robot.type(KeyCode.BACK_SPACE, 2);
        assertThat(highlighted("Acme")).isEqualTo("A");
        assertThat(markedAsMatch("Acme")).isTrue();
        assertThat(markedAsMatch("Northwind")).isFalse();
    }

    @Test
    void aRowWhoseChildrenTheSearchHidesLosesItsArrowAndGetsItBack() {
        assertThat(showsArrow("Acme")).as("Acme has a branch office").isTrue();

        robot.clickOn("#tenantSearch").write("acme");
        assertThat(visibleTenantNames()).containsExactly("Northwind", "Acme");
        assertThat(showsArrow("Acme")).as("the search shows none of Acme's children").isFalse();

        robot.type(KeyCode.ESCAPE);
        assertThat(visibleTenantNames()).containsExactly("Northwind", "Acme", "Globex");
        assertThat(showsArrow("Acme")).isTrue();
        assertThat(highlighted("Acme")).isEmpty();
        assertThat(markedAsMatch("Acme")).isFalse();
    }
}
