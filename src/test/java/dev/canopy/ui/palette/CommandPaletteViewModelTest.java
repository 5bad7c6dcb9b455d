package dev.canopy.ui.palette;

import dev.canopy.store.FoundRecord;
import dev.canopy.ui.ViewModelFixture;
import dev.canopy.ui.common.LaneTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** What the command palette finds for what is typed, in which order, and what choosing a line does; no window. */
class CommandPaletteViewModelTest extends ViewModelFixture {

    private final PaletteSeed seed = new PaletteSeed();
    private final AtomicInteger shortcutsOpened = new AtomicInteger();
    private final AtomicInteger newTenants = new AtomicInteger();
    private final List<String> opened = new ArrayList<>();
    private final PaletteTargets targets = new PaletteTargets() {
        @Override
        public void openTenant(UUID tenantId) {
            opened.add("tenant " + tenantId);
        }

        @Override
        public void openComputer(FoundRecord computer) {
            opened.add("computer " + computer.id() + " of " + computer.tenantId());
        }

        @Override
        public void openPerson(FoundRecord person) {
            opened.add("person " + person.detail() + " of " + person.tenantId());
        }
    };
    private final List<PaletteAction> actions = List.of(
            new PaletteAction("New tenant", "File", "Ctrl+N", () -> true, newTenants::incrementAndGet),
            new PaletteAction("Redo", "Edit", "Ctrl+Y", () -> false, () -> { throw new AssertionError("Redo is disabled"); }),
            new PaletteAction("Compliance report…", "Reports", "Ctrl+Shift+R", () -> true, () -> { }),
            new PaletteAction("Keyboard shortcuts", "Help", "F1", () -> true, shortcutsOpened::incrementAndGet));
    private CommandPaletteViewModel model;

    @BeforeEach
    void openThePalette() {
        open(seed::seed);
        model = new CommandPaletteViewModel(actions, main, main, main.tasks(), targets);
    }

    @AfterEach
    void dispose() {
        model.dispose();
    }

    private List<String> lines() {
        return model.results().stream().map(i -> i.kind().label() + " " + i.title()).toList();
    }

    private PaletteItem first() {
        return model.results().get(0);
    }

    @Test
    void withNothingTypedEveryActionIsListedInMenuOrderWithItsShortcut() {
        assertThat(lines()).containsExactly("Action New tenant", "Action Redo", "Action Compliance report…", "Action Keyboard shortcuts");
        assertThat(model.results()).extracting(PaletteItem::shortcut).containsExactly("Ctrl+N", "Ctrl+Y", "Ctrl+Shift+R", "F1");
    }

    @Test
    void findsAnActionByAWordOfItsNameOrItsMenuAndRunsIt() {
        model.queryProperty().set("shortcuts");
        assertThat(lines()).containsExactly("Action Keyboard shortcuts");
        assertThat(first().detail()).isEqualTo("Help menu");
        assertThat(model.run(first())).isTrue();
        assertThat(shortcutsOpened).hasValue(1);

        model.queryProperty().set("new ten");
        assertThat(lines()).first().isEqualTo("Action New tenant");
        model.queryProperty().set("reports compl");
        assertThat(lines()).containsExactly("Action Compliance report…");
        model.queryProperty().set("settings");
        assertThat(lines()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("Nothing matches");
    }

    @Test
    void anActionThatCannotRunNowIsListedButSaysSoInsteadOfRunning() {
        model.queryProperty().set("redo");
        assertThat(first().enabled()).isFalse();
        assertThat(model.run(first())).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Redo is not available now");
    }

    @Test
    void findsATenantWithItsPathAndOpeningItSelectsIt() {
        model.queryProperty().set("berlin");
        assertThat(lines()).containsExactly("Tenant Acme Berlin");
        assertThat(first().detail()).isEqualTo("in Northwind › Acme");
        model.run(first());
        assertThat(opened).containsExactly("tenant " + seed.berlin);
    }

    @Test
    void findsAComputerAndAPersonFromTheStoreWithTheirTenants() {
        model.queryProperty().set("kiosk");
        assertThat(lines()).containsExactly("Computer BER-KIOSK-01");
        assertThat(first().detail()).isEqualTo("Windows 11 Pro · in Northwind › Acme › Acme Berlin");
        model.run(first());

        model.queryProperty().set("dana");
        assertThat(lines()).containsExactly("Person Dana Cole");
        assertThat(first().detail()).isEqualTo("dana@acme.example · in Northwind › Acme");
        model.run(first());

        model.queryProperty().set("lars@acme");
        assertThat(lines()).as("a person by e-mail").containsExactly("Person Lars Kim");

        assertThat(opened).containsExactly("computer " + seed.kiosk + " of " + seed.berlin, "person dana@acme.example of " + seed.acme);
    }

    @Test
    void ranksExactNamesBeforeStartsBeforeWordsAndATieByKind() {
        model.queryProperty().set("ACME");
        // the tenant and the computer named exactly so, then the name that starts with it, then the one with it as a word
        assertThat(lines()).startsWith("Tenant Acme", "Computer ACME", "Tenant Acme Berlin", "Tenant Big Acme");
        // people matched by e-mail domain only: after every name match
        assertThat(lines()).endsWith("Person Dana Cole", "Person Lars Kim");
    }

    @Test
    void aTypedWildcardIsACharacterNotEverything() {
        model.queryProperty().set("%");
        assertThat(lines()).isEmpty();
        model.queryProperty().set("_");
        assertThat(lines()).isEmpty();
    }

    @Test
    void anAnswerForAnOlderQueryNeverReplacesTheNewerOnes() {
        Deque<Runnable> reads = new ArrayDeque<>();
        model.dispose();
        model = new CommandPaletteViewModel(actions, main, main, new LaneTaskExecutor(Runnable::run, reads::add, Runnable::run, Runnable::run) {
        }, targets);

        model.queryProperty().set("dana");
        model.queryProperty().set("kiosk");
        assertThat(model.statusProperty().get()).isEqualTo("Looking for computers and people…");
        reads.removeLast().run();  // the newer query's read answers first
        assertThat(lines()).containsExactly("Computer BER-KIOSK-01");
        reads.removeLast().run();  // then the older one's, late
        assertThat(lines()).containsExactly("Computer BER-KIOSK-01");
        assertThat(model.statusProperty().get()).isEqualTo("1 match");
    }
}
