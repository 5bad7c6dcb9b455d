package dev.canopy.ui;

import dev.canopy.domain.command.CreateTenant;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Opened branches stay open when the tree reloads after an edit. */
class ExpansionTest extends AppTestSupport {

    @Test
    void anOpenedBranchStaysOpenAfterAnEditElsewhere() throws Exception {
        UUID msp = UUID.randomUUID();
        UUID acme = UUID.randomUUID();
        launch(store -> {
            store.execute(new CreateTenant(msp, null, "Northwind"));
            store.execute(new CreateTenant(acme, msp, "Acme"));
            store.execute(new CreateTenant(UUID.randomUUID(), acme, "Acme Berlin"));
            store.execute(new CreateTenant(UUID.randomUUID(), msp, "Globex"));
        });
        expand("Acme");
        assertThat(visibleTenantNames()).containsExactly("Northwind", "Acme", "Acme Berlin", "Globex");
        robot.clickOn(cell("Globex"));
        robot.type(KeyCode.F2).write("Globex Corp").type(KeyCode.ENTER);
        settle();
        assertThat(visibleTenantNames()).containsExactly("Northwind", "Acme", "Acme Berlin", "Globex Corp");
    }
}
