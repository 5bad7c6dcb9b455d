package dev.canopy.ui.tree;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.domain.tenant.TenantRules;
import dev.canopy.ui.common.AppIcon;
import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.control.TreeCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * One tenant in the tree: kind icon, name (search matches highlighted), computer count, drawn by its
 * {@link TenantRow}. Its accessible text is the tenant name. Also the drag source, the drop target
 * and the in-place rename editor.
 */
final class TenantTreeCell extends TreeCell<TenantNode> {

    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    /** Cells live on the FX thread only, so one formatter serves them all (String.format is slow per row). */
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance();
    /** The kinds' icon fonts (the pack's font at the icon size), looked up once. */
    private static final java.util.Map<TenantKind, javafx.scene.text.Font> ICON_FONTS = new java.util.EnumMap<>(TenantKind.class);

    private final TenantTreeView owner;
    private final TenantActions actions;
    private TextField editor;
    private boolean countTipInstalled;

    /** Built once per cell and shown again for each item: cells are recycled while scrolling and searching. */
    private final TenantRow row = new TenantRow(this);
    /** As tall as the row's content: the row's height less the cell's padding (3 px above and below, canopy.css). */
    private final TenantDisclosure arrow = new TenantDisclosure(TenantTreeView.ROW_HEIGHT - 6, () -> row.disclosureFill().getValue());
    /** Draws the arrow again when the shown item opens or closes; weak, as items outlive the cells that showed them. */
    private final javafx.beans.InvalidationListener onExpanded = obs -> showArrow();
    private final javafx.beans.WeakInvalidationListener onExpandedWeakly = new javafx.beans.WeakInvalidationListener(onExpanded);

    TenantTreeCell(TenantTreeView owner, TenantActions actions) {
        this.owner = owner;
        this.actions = actions;
        getStyleClass().add("tenant-cell");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setDisclosureNode(arrow);
        row.disclosureFill().addListener(obs -> arrow.paint());
        treeItemProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.expandedProperty().removeListener(onExpandedWeakly);
            }
            if (now != null) {
                now.expandedProperty().addListener(onExpandedWeakly);
            }
            showArrow();
        });
        // the count's tooltip and the cell's context menu are made when first wanted: each is a popup with its own
        // styling, and making them for every cell was a tenth of the first frame's work at start-up
        row.addEventFilter(MouseEvent.MOUSE_ENTERED, e -> {
            if (!countTipInstalled && !row.count().isEmpty()) {
                countTipInstalled = true;
                Tooltip.install(row, countTip());
            }
        });
        addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (getContextMenu() == null) {
                setContextMenu(menu());
            }
        });
        setOnDragDetected(e -> startDrag());
        setOnDragOver(this::dragOver);
        setOnDragExited(e -> pseudoClassStateChanged(DROP_TARGET, false));
        setOnDragDropped(this::dropped);
    }

    @Override
    protected void updateItem(TenantNode node, boolean empty) {
        super.updateItem(node, empty);
        pseudoClassStateChanged(DROP_TARGET, false);
        if (empty || node == null) {
            setAccessibleText(null);
            // hidden rather than removed: a new graphic makes the cell skin re-add and restyle its children;
            // the skin leaves an empty cell's arrow as it was, so it is hidden here too (a new item shows it again)
            row.setVisible(false);
            if (getDisclosureNode() != null) {
                getDisclosureNode().setVisible(false);
            }
            return;
        }
        // the name goes to screen readers, not to the cell's text: a new text makes the cell skin
        // re-add its children and restyle them, which on every keystroke of a search costs more
        // than the rest of the search together
        setAccessibleText(node.name());
        if (isEditing()) {
            setGraphic(editor);
        } else {
            showDisplay(node);
        }
    }

    private void showDisplay(TenantNode node) {
        AppIcon kind = AppIcon.of(node.kind());
        String name = node.name();
        String query = owner.query();
        int at = query.isEmpty() ? -1 : name.toLowerCase(Locale.ROOT).indexOf(query);
        int total = owner.hierarchy().subtreeComputers(node.id());
        row.show(kind.glyph(), iconFont(node.kind()), name, at, at < 0 ? -1 : at + query.length(), owner.isMatch(node.id()),
                total > 0 ? COUNT.format(total) : "");
        row.setVisible(true);
        if (getGraphic() != row) {
            setGraphic(row);
        }
    }

    private void showArrow() {
        arrow.show(getTreeItem() != null && getTreeItem().isExpanded());
    }

    /** The part of the name the row underlines as the search's hit, "" for none. */
    String shownHit() {
        return row.hit();
    }

    /** The computer count the row shows, "" for none. */
    String shownCount() {
        return row.count();
    }

    /** Whether the row draws the name bold, as a search match. */
    boolean shownBold() {
        return row.bold();
    }

    private static javafx.scene.text.Font iconFont(TenantKind kind) {
        return ICON_FONTS.computeIfAbsent(kind, k -> AppIcon.of(k).font(TenantRow.ICON_SIZE));
    }

    private Tooltip countTip() {
        Tooltip tip = new Tooltip();
        tip.setOnShowing(e -> {
            TenantNode node = getItem();
            if (node != null) {
                tip.setText(String.format("%,d computers here, %,d including sub-tenants", node.computers(),
                        owner.hierarchy().subtreeComputers(node.id())));
            }
        });
        return tip;
    }

    private ContextMenu menu() {
        MenuItem createItem = new MenuItem("", AppIcon.ADD.view());
        MenuItem deleteItem = new MenuItem("Delete…", AppIcon.DELETE.view());
        MenuItem mergeItem = new MenuItem("Merge into…", AppIcon.MERGE.view());
        createItem.setOnAction(e -> actions.createUnder(getItem().id()));
        MenuItem rename = new MenuItem("Rename", AppIcon.RENAME.view());
        rename.setOnAction(e -> getTreeView().edit(getTreeItem()));
        deleteItem.setOnAction(e -> actions.delete(getItem().id()));
        mergeItem.setOnAction(e -> actions.merge(getItem().id()));
        ContextMenu menu = new ContextMenu(createItem, rename, mergeItem, new SeparatorMenuItem(), deleteItem);
        menu.setOnShowing(e -> {
            TenantNode node = getItem();
            boolean editable = getTreeView().isEditable();
            createItem.setText(node == null ? "New tenant" : "New tenant under \"" + node.name() + "\"");
            createItem.setDisable(!editable);
            rename.setDisable(!editable);
            deleteItem.setDisable(node == null || isTop() || !editable);
            mergeItem.setDisable(node == null || isTop() || !editable);
        });
        return menu;
    }

    // --- rename in place ---

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        editor = new TextField(getItem().name());
        editor.setId("renameField");
        editor.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commitRename();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                e.consume();
            }
        });
        setGraphic(editor);
        editor.selectAll();
        editor.requestFocus();
    }

    private void commitRename() {
        TenantNode node = getItem();
        String typed = editor.getText();
        try {
            String name = TenantRules.checkName(typed, node.id(), node.parentId(), owner.hierarchy());
            cancelEdit();
            if (!name.equals(node.name())) {
                actions.rename(node.id(), name);
            }
        } catch (RuleViolation refused) {
            editor.getStyleClass().add("invalid");
            Tooltip tip = new Tooltip(refused.getMessage());
            // one Esc cancels the rename (which hides the tip), instead of only hiding the tip
            tip.setHideOnEscape(false);
            editor.setTooltip(tip);
            var bounds = editor.localToScreen(editor.getBoundsInLocal());
            if (bounds != null) {
                tip.show(editor, bounds.getMinX(), bounds.getMaxY() + 2);
            }
            actions.explain(refused.getMessage());
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        if (editor != null && editor.getTooltip() != null) {
            editor.getTooltip().hide();
        }
        editor = null;
        if (getItem() != null) {
            showDisplay(getItem());
        }
    }

    /** The tree's root row: the MSP tenant, or the client a scoped technician's copy starts at. */
    private boolean isTop() {
        return getTreeItem() != null && getTreeItem().getParent() == null;
    }

    // --- drag and drop ---

    private void startDrag() {
        TenantNode node = getItem();
        if (node == null || isTop() || isEditing() || !getTreeView().isEditable()) {
            return;
        }
        Dragboard board = startDragAndDrop(TransferMode.MOVE);
        ClipboardContent content = new ClipboardContent();
        content.put(TenantDrag.TENANT_ID, node.id().toString());
        board.setContent(content);
        board.setDragView(snapshot(null, null));
    }

    private Optional<UUID> draggedTenant(DragEvent event) {
        Object id = event.getDragboard().getContent(TenantDrag.TENANT_ID);
        return id == null ? Optional.empty() : Optional.of(UUID.fromString(id.toString()));
    }

    private static List<UUID> ids(DragEvent event, javafx.scene.input.DataFormat format) {
        Object text = event.getDragboard().getContent(format);
        return text == null ? List.of() : text.toString().lines().filter(l -> !l.isBlank()).map(UUID::fromString).toList();
    }

    /** Computers dropped on a tenant: any tenant but the one they all already belong to. */
    private Optional<String> computerDropProblem(DragEvent event, TenantNode target) {
        List<UUID> from = ids(event, TenantDrag.COMPUTER_TENANTS);
        if (from.size() == 1 && from.get(0).equals(target.id())) {
            return Optional.of("Those computers are already in \"" + target.name() + "\".");
        }
        return Optional.empty();
    }

    private void dragOver(DragEvent event) {
        TenantNode target = getItem();
        if (!getTreeView().isEditable()) {
            return;  // a read-only tree (the database still opening) takes no drop
        }
        if (target != null && event.getDragboard().hasContent(TenantDrag.COMPUTER_IDS)) {
            Optional<String> problem = computerDropProblem(event, target);
            if (problem.isEmpty()) {
                event.acceptTransferModes(TransferMode.MOVE);
                pseudoClassStateChanged(DROP_TARGET, true);
                owner.setDragHint("Drop to reassign " + ids(event, TenantDrag.COMPUTER_IDS).size() + " computer(s) to \"" + target.name() + "\"");
            } else {
                owner.setDragProblem(problem.get());
            }
            event.consume();
            return;
        }
        Optional<UUID> dragged = draggedTenant(event);
        if (target == null || dragged.isEmpty()) {
            return;
        }
        Optional<String> problem = owner.hierarchy().moveProblem(dragged.get(), target.id());
        if (problem.isEmpty()) {
            event.acceptTransferModes(TransferMode.MOVE);
            pseudoClassStateChanged(DROP_TARGET, true);
            owner.setDragHint("Drop to move under \"" + target.name() + "\"");
        } else {
            owner.setDragProblem(problem.get());
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        TenantNode target = getItem();
        if (target != null && event.getDragboard().hasContent(TenantDrag.COMPUTER_IDS)) {
            boolean ok = computerDropProblem(event, target).isEmpty();
            if (ok) {
                actions.reassignComputers(ids(event, TenantDrag.COMPUTER_IDS), target.id());
            }
            owner.setDragHint("");
            event.setDropCompleted(ok);
            event.consume();
            return;
        }
        Optional<UUID> dragged = draggedTenant(event);
        boolean done = false;
        if (target != null && dragged.isPresent()) {
            Optional<String> problem = owner.hierarchy().moveProblem(dragged.get(), target.id());
            if (problem.isPresent()) {
                actions.explain(problem.get());
            } else {
                actions.move(dragged.get(), target.id());
                done = true;
            }
        }
        owner.setDragHint("");
        event.setDropCompleted(done);
        event.consume();
    }
}
