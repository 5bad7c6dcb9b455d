package dev.canopy.ui.tree;

import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.domain.tenant.TenantSearch;
import dev.canopy.ui.common.AppIcon;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import atlantafx.base.controls.CustomTextField;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The left pane: the search field over the tenant tree. Filters as the technician types (matches
 * highlighted, ancestors kept, Esc clears), keeps expansion and selection across reloads, and
 * hands edits to {@link TenantActions}.
 */
public final class TenantTreeView extends VBox {

    /** Every row's height (fixed, so the tree lays out rows without measuring them). */
    static final double ROW_HEIGHT = 22;

    private final TreeView<TenantNode> tree = new TreeView<>();
    private final CustomTextField search = new CustomTextField();
    /** Under the search field: no match, or how many matches a broad search has and how many it opened. */
    private final Label searchNote = new Label();
    private final ReadOnlyStringWrapper dragHint = new ReadOnlyStringWrapper("");
    private final Set<UUID> expanded = new HashSet<>();
    private final ObjectProperty<UUID> selected;
    private final ReadOnlyObjectProperty<TenantHierarchy> hierarchyProperty;
    private final TenantActions actions;
    private final ChangeListener<TenantHierarchy> onHierarchy = (obs, old, now) -> hierarchyChanged(old, now);
    private final ChangeListener<UUID> onSelected = (obs, old, now) -> reveal(now);
    private TenantSearch searchIndex;
    private TreeSource source;
    private TenantSearch.Result result = TenantSearch.Result.everything();
    private String lastDragProblem = "";
    private boolean revealing;

    public TenantTreeView(ReadOnlyObjectProperty<TenantHierarchy> hierarchy, ObjectProperty<UUID> selected, TenantActions actions) {
        this.hierarchyProperty = hierarchy;
        this.selected = selected;
        this.actions = actions;
        getStyleClass().add("tenant-tree-pane");
        search.setId("tenantSearch");
        search.setPromptText("Search tenants (Ctrl+F)");
        search.setLeft(AppIcon.SEARCH.view());
        search.textProperty().addListener((obs, old, text) -> applySearch(text));
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                tree.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
                tree.requestFocus();
                e.consume();
            }
        });
        tree.setId("tenantTree");
        tree.setFixedCellSize(ROW_HEIGHT);
        tree.setEditable(true);
        tree.setShowRoot(true);
        tree.setCellFactory(t -> new TenantTreeCell(this, actions));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && !revealing) {
                selected.set(item.getValue().id());
            }
        });
        tree.addEventHandler(KeyEvent.KEY_PRESSED, this::treeKey);
        tree.setOnDragDone(e -> {
            if (e.getTransferMode() == null && !lastDragProblem.isEmpty()) {
                actions.explain(lastDragProblem);
            }
            setDragHint("");
        });
        searchNote.getStyleClass().add("empty-search");
        searchNote.setVisible(false);
        searchNote.managedProperty().bind(searchNote.visibleProperty());
        VBox.setVgrow(tree, Priority.ALWAYS);
        VBox header = new VBox(4, search, searchNote);
        header.getStyleClass().add("tenant-tree-header");
        getChildren().addAll(header, tree);
        hierarchy.addListener(onHierarchy);
        selected.addListener(onSelected);
        rebuild(hierarchy.get());
    }

    /** Removes the listeners this view put on longer-lived models. */
    public void dispose() {
        hierarchyProperty.removeListener(onHierarchy);
        selected.removeListener(onSelected);
    }

    private void treeKey(KeyEvent e) {
        TreeItem<TenantNode> item = tree.getSelectionModel().getSelectedItem();
        if (item == null || tree.getEditingItem() != null || !tree.isEditable()) {
            return;  // F2 and Delete are edits: none while the tree is read-only
        }
        if (e.getCode() == KeyCode.F2) {
            tree.edit(item);
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE) {
            actions.delete(item.getValue().id());
            e.consume();
        }
    }

    public TreeView<TenantNode> tree() {
        return tree;
    }

    public CustomTextField searchField() {
        return search;
    }

    TenantHierarchy hierarchy() {
        return hierarchyProperty.get();
    }

    String query() {
        return result.query();
    }

    boolean isMatch(UUID id) {
        return result.isMatch(id);
    }

    /** Where the dragged item would go if dropped here ("" when the drag is over). */
    void setDragHint(String hint) {
        dragHint.set(hint);
        lastDragProblem = "";
    }

    /** Why the dragged item cannot go here; explained if the drag ends without a drop. */
    void setDragProblem(String problem) {
        dragHint.set(problem);
        lastDragProblem = problem;
    }

    /** While dragging: where the tenant would go, or why it cannot. */
    public ReadOnlyStringProperty dragHintProperty() {
        return dragHint.getReadOnlyProperty();
    }

    /** Starts renaming the selected tenant in place. */
    public void renameSelected() {
        TreeItem<TenantNode> item = tree.getSelectionModel().getSelectedItem();
        if (item != null) {
            tree.edit(item);
        }
    }

    /** Selects a tenant and opens its name for editing (after a create). */
    public void editName(UUID id) {
        reveal(id);
        Platform.runLater(() -> {
            TreeItem<TenantNode> item = tree.getSelectionModel().getSelectedItem();
            if (item != null && item.getValue().id().equals(id)) {
                tree.requestFocus();
                tree.edit(item);
            }
        });
    }

    public void clearSearch() {
        search.clear();
    }

    private void applySearch(String text) {
        result = searchIndex().search(text);
        // the same items while their source is indexed by this search; after an edit a new root (once)
        if (tree.getRoot() instanceof TenantTreeItem root && source != null && source.search() == searchIndex() && source.indexed()) {
            refilter(root);
        } else {
            rebuild(hierarchy());
        }
    }

    /**
     * A keystroke: the same root and items, shown through the new search. The root's children are let go first, so
     * opening, closing and refilling the branches below them notifies no tree; giving them back is one change for the
     * tree to lay out (a new root would also make every cell redraw itself at once, before the layout does it again).
     * The root is closed meanwhile: children added to an open item make the tree's focus model look up the row of
     * each one, which for thousands of clients under the root is quadratic; opening it again is one shift.
     */
    private void refilter(TenantTreeItem root) {
        revealing = true;
        try {
            source.expand(root, false);
            root.detachChildren();
            fill(root);
        } finally {
            revealing = false;
        }
        showSearchNote();
        reveal(selected.get());
    }

    /** The search over the current hierarchy, made when first needed after a change (an edit need not pay for it). */
    private TenantSearch searchIndex() {
        TenantHierarchy hierarchy = hierarchy();
        if (searchIndex == null || hierarchy != lastIndexed) {
            searchIndex = new TenantSearch(hierarchy);
            lastIndexed = hierarchy;
        }
        return searchIndex;
    }

    /** An edit's new hierarchy: patched into the items shown when nothing filters them, else a new root. */
    private void hierarchyChanged(TenantHierarchy old, TenantHierarchy now) {
        if (old != null && now != null && result.isEverything() && tree.getRoot() instanceof TenantTreeItem root) {
            revealing = true;
            boolean patched;
            try {
                patched = TreePatch.apply(root, source, old, now);
            } finally {
                revealing = false;
            }
            if (patched) {
                reveal(selected.get());
                return;
            }
        }
        rebuild(now);
    }

    private void rebuild(TenantHierarchy hierarchy) {
        result = searchIndex().search(search.getText());  // the same query again: its result is kept unless the hierarchy changed
        var root = hierarchy.root();
        if (root.isEmpty()) {
            tree.setRoot(null);
            return;
        }
        revealing = true;
        try {
            tree.setRoot(newRoot(root.get(), hierarchy));
        } finally {
            revealing = false;
        }
        showSearchNote();
        reveal(selected.get());
    }

    private void showSearchNote() {
        searchNote.setText(result.isEverything() ? "" : searchNote(result.matchCount()));
        searchNote.setVisible(!searchNote.getText().isEmpty());
    }

    private TenantHierarchy lastIndexed;

    /** A search opens the way to at most this many matches; the rest sit under closed tenants. */
    static final int OPENED_MATCHES = 200;

    private String searchNote(int matches) {
        if (matches == 0) {
            return "No tenant matches \"" + search.getText().strip() + "\"";
        }
        if (matches > OPENED_MATCHES) {
            return String.format("%,d matches; the first %d are opened. Type more to narrow.", matches, OPENED_MATCHES);
        }
        return "";
    }

    private TenantTreeItem newRoot(TenantNode root, TenantHierarchy hierarchy) {
        source = new TreeSource(hierarchy, searchIndex());
        TreeSource itemsSource = source;
        TenantTreeItem rootItem = source.itemFor(root);
        rootItem.addEventHandler(TreeItem.<TenantNode>branchExpandedEvent(), e -> {
            itemsSource.noteExpansion((TenantTreeItem) e.getTreeItem(), true);
            if (result.isEverything()) {
                expanded.add(e.getTreeItem().getValue().id());
            }
        });
        rootItem.addEventHandler(TreeItem.<TenantNode>branchCollapsedEvent(), e -> {
            itemsSource.noteExpansion((TenantTreeItem) e.getTreeItem(), false);
            if (result.isEverything()) {
                expanded.remove(e.getTreeItem().getValue().id());
            }
        });
        expanded.add(root.id());
        fill(rootItem);  // before attaching: items made while attached would each notify the tree
        return rootItem;
    }

    /**
     * Shows the root's subtree through the current search: opens the ancestors of its first matches (or, with no
     * search, what the technician had opened), closes every other item, and makes the children of the open ones.
     * The root's children are set last, so while its subtree is attached to no tree nothing below it notifies one.
     */
    private void fill(TenantTreeItem root) {
        source.filter(result);
        Set<UUID> open = result.isEverything() ? expanded : searchIndex().toOpen(result, OPENED_MATCHES);
        for (TenantTreeItem item : List.copyOf(source.expandedItems())) {
            if (item != root && !open.contains(item.getValue().id())) {
                source.expand(item, false);
            }
        }
        List<TreeItem<TenantNode>> children = root.wantedChildren();
        for (TreeItem<TenantNode> child : children) {
            openWanted((TenantTreeItem) child, open);
        }
        root.setChildren(children);
        source.expand(root, true);
    }

    private void openWanted(TenantTreeItem item, Set<UUID> open) {
        if (open.contains(item.getValue().id()) && !item.isLeaf()) {
            source.expand(item, true);
            for (TreeItem<TenantNode> child : item.getChildren()) {
                openWanted((TenantTreeItem) child, open);
            }
        }
    }

    private static TreeItem<TenantNode> rootOf(TreeItem<TenantNode> item) {
        TreeItem<TenantNode> top = item;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        return top;
    }

    /** Selects the tenant's item, expanding its ancestors, and scrolls it into view. */
    private void reveal(UUID id) {
        TreeItem<TenantNode> current = tree.getSelectionModel().getSelectedItem();
        if (id == null || tree.getRoot() == null) {
            return;
        }
        if (current != null && current.getValue().id().equals(id) && rootOf(current) == tree.getRoot()) {
            return;
        }
        List<TenantNode> path = hierarchy().path(id);
        if (path.isEmpty()) {
            return;
        }
        TenantTreeItem item = (TenantTreeItem) tree.getRoot();
        for (TenantNode step : path.subList(1, path.size())) {
            TenantTreeItem next = item.child(step.id());
            if (next == null) {
                // filtered out by the search: show no selection rather than a different tenant's
                revealing = true;
                try {
                    tree.getSelectionModel().clearSelection();
                } finally {
                    revealing = false;
                }
                return;
            }
            item.setExpanded(true);
            item = next;
        }
        revealing = true;
        try {
            tree.getSelectionModel().select(item);
        } finally {
            revealing = false;
        }
        int row = tree.getRow(item);
        if (row >= 0) {
            tree.scrollTo(Math.max(0, row - 5));
        }
    }
}
