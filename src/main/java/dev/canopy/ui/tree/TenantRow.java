package dev.canopy.ui.tree;

import javafx.css.CssMetaData;
import javafx.beans.value.ObservableValue;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Labeled;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.util.List;

/**
 * What a tree row shows, drawn rather than built of nodes: the kind's icon, the name with the search's hit underlined
 * (and the whole name bold when it matches), the computer count in a pill at the right. One node instead of the ten a
 * row of laid-out nodes takes: the tree restyles every visible row on each keystroke of a search that changes its rows,
 * and all of them for the first frame, and a drawn row has nothing in it to restyle. Its colours come from the
 * stylesheet ({@code -canopy-muted-fill}, {@code -canopy-badge-fill}, {@code -canopy-hit-fill}, and
 * {@code -canopy-disclosure-fill} for its {@link TenantDisclosure}) and from its cell (the
 * text fill and font, which follow the theme and the selection), so it draws as the themes do.
 */
final class TenantRow extends Canvas {

    static final double ICON_SIZE = 16;
    private static final double GAP = 6;
    private static final double BADGE_PADDING = 6;
    private static final double BADGE_HEIGHT = 16;
    /** Measures text for the rows (all on the FX thread); off any scene, so measuring restyles nothing. */
    private static final Text MEASURE = new Text();
    private static final java.util.Map<Font, java.util.Map<String, Double>> WIDTHS = new java.util.HashMap<>();
    private static final int MAX_WIDTHS = 50_000;
    private static final StyleablePropertyFactory<TenantRow> STYLES = new StyleablePropertyFactory<>(Canvas.getClassCssMetaData());

    private final Labeled cell;
    private String icon;
    private Font iconFont;
    private String name = "";
    private int hitFrom = -1;
    private int hitTo = -1;
    private boolean match;
    private String count = "";
    private Font baseFont;
    private Font nameFont;
    private Font boldFont;
    private Font countFont;
    /** The name's and the count's widths in their fonts, measured once per tenant shown (-1: not yet). */
    private double nameWidth = -1;
    private double countWidth = -1;

    // the colours the stylesheet gives (canopy.css, from the theme's variables); the row is drawn again when one changes
    private final StyleableProperty<Paint> mutedFill = STYLES.createStyleablePaintProperty(this, "mutedFill", "-canopy-muted-fill", row -> row.mutedFill, Color.GRAY);
    private final StyleableProperty<Paint> badgeFill = STYLES.createStyleablePaintProperty(this, "badgeFill", "-canopy-badge-fill", row -> row.badgeFill, Color.LIGHTGRAY);
    private final StyleableProperty<Paint> hitFill = STYLES.createStyleablePaintProperty(this, "hitFill", "-canopy-hit-fill", row -> row.hitFill, Color.BLUE);
    private final StyleableProperty<Paint> disclosureFill = STYLES.createStyleablePaintProperty(this, "disclosureFill", "-canopy-disclosure-fill", row -> row.disclosureFill, Color.GRAY);

    TenantRow(Labeled cell) {
        this.cell = cell;
        getStyleClass().add("tenant-row");
        for (StyleableProperty<Paint> colour : List.of(mutedFill, badgeFill, hitFill)) {
            observable(colour).addListener(obs -> paint());
        }
        // the cell's text fill and font follow the theme and the selection (its stylesheet's rules for its states)
        cell.textFillProperty().addListener(obs -> paint());
        cell.fontProperty().addListener(obs -> paint());
    }

    /** Shows a tenant (icon: the glyph its font draws): hitFrom..hitTo is the part of the name the search matched (-1 for none). */
    void show(String icon, Font iconFont, String name, int hitFrom, int hitTo, boolean match, String count) {
        boolean wider = !name.equals(this.name) || !count.equals(this.count) || match != this.match;
        this.icon = icon;
        this.iconFont = iconFont;
        this.name = name;
        this.hitFrom = hitFrom;
        this.hitTo = hitTo;
        this.match = match;
        this.count = count;
        nameWidth = -1;
        countWidth = -1;
        if (wider && getParent() != null) {
            getParent().requestLayout();  // the tree's horizontal scroll follows the widest row
        }
        paint();
    }

    /** The part of the name the search matched, "" for none. */
    String hit() {
        return hitFrom < 0 ? "" : name.substring(hitFrom, hitTo);
    }

    /** The computer count as shown, "" when the row shows none. */
    String count() {
        return count;
    }

    boolean bold() {
        return match;
    }

    /** The icon's and the count's colour, as the stylesheet gives it. */
    Paint mutedFill() {
        return mutedFill.getValue();
    }

    /** The colour of the row's arrow ({@link TenantDisclosure}), as the stylesheet gives it; drawn again when it changes. */
    ObservableValue<Paint> disclosureFill() {
        return observable(disclosureFill);
    }

    /** The search hit's colour, as the stylesheet gives it. */
    Paint hitFill() {
        return hitFill.getValue();
    }

    @Override
    public boolean isResizable() {
        return true;
    }

    @Override
    public double prefWidth(double height) {
        fonts();
        double width = ICON_SIZE + GAP + nameWidth();
        return count.isEmpty() ? width : width + GAP + badgeWidth();
    }

    @Override
    public double minWidth(double height) {
        return prefWidth(height);
    }

    /** As wide as the cell gives: the count sits at the right edge. */
    @Override
    public double maxWidth(double height) {
        return Double.MAX_VALUE;
    }

    @Override
    public double prefHeight(double width) {
        return BADGE_HEIGHT + 2;
    }

    @Override
    public double minHeight(double width) {
        return prefHeight(width);
    }

    @Override
    public void resize(double width, double height) {
        if (width != getWidth() || height != getHeight()) {
            setWidth(width);
            setHeight(height);
            paint();
        }
    }

    private void paint() {
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.clearRect(0, 0, w, h);
        if (w <= 0 || h <= 0 || name.isEmpty() && icon == null) {
            return;
        }
        fonts();
        double middle = Math.round(h / 2);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        if (icon != null && iconFont != null) {
            g.setFont(iconFont);
            g.setFill(mutedFill.getValue());
            g.fillText(icon, 0, middle);
        }
        double x = ICON_SIZE + GAP;
        Paint text = cell.getTextFill();
        g.setFont(nameFont);
        if (hitFrom < 0) {
            g.setFill(text);
            g.fillText(name, x, middle);
        } else {
            x = drawText(g, name.substring(0, hitFrom), x, middle, text);
            double hitStart = x;
            x = drawText(g, name.substring(hitFrom, hitTo), x, middle, hitFill.getValue());
            g.setStroke(hitFill.getValue());
            g.setLineWidth(1);
            double underline = Math.round(middle + nameFont.getSize() / 2) + 0.5;
            g.strokeLine(hitStart, underline, x, underline);
            g.setFill(text);
            g.fillText(name.substring(hitTo), x, middle);
        }
        if (!count.isEmpty()) {
            double badge = badgeWidth();
            double left = w - badge;
            double top = Math.round((h - BADGE_HEIGHT) / 2);
            g.setFill(badgeFill.getValue());
            g.fillRoundRect(left, top, badge, BADGE_HEIGHT, BADGE_HEIGHT, BADGE_HEIGHT);
            g.setFont(countFont);
            g.setFill(mutedFill.getValue());
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(count, left + badge / 2, middle);
        }
    }

    /** Draws a part of the name and says where the next part starts. */
    private double drawText(GraphicsContext g, String text, double x, double y, Paint fill) {
        if (text.isEmpty()) {
            return x;
        }
        g.setFill(fill);
        g.fillText(text, x, y);
        return x + width(text, nameFont);
    }

    private double badgeWidth() {
        if (countWidth < 0) {
            countWidth = width(count, countFont);
        }
        return countWidth + 2 * BADGE_PADDING;
    }

    private double nameWidth() {
        if (nameWidth < 0) {
            nameWidth = width(name, nameFont);
        }
        return nameWidth;
    }

    /** The row's fonts from its cell's (the stylesheet's) font, made again only when that changes: bold for a match, the count's smaller. */
    private void fonts() {
        Font base = cell.getFont();
        if (base != baseFont) {
            baseFont = base;
            nameWidth = -1;
            countWidth = -1;
            boldFont = Font.font(base.getFamily(), FontWeight.BOLD, base.getSize());
            countFont = Font.font(base.getFamily(), base.getSize() - 2);
        }
        Font wanted = match ? boldFont : base;
        if (wanted != nameFont) {
            nameFont = wanted;
            nameWidth = -1;
        }
    }

    /**
     * A text's width in a font, kept: a search shows the same names again and again, and laying a text out to measure
     * it was a tenth of a keystroke's frame. Bounded (a hierarchy's names and their parts, a few per row), emptied
     * when full.
     */
    private static double width(String text, Font font) {
        if (text.isEmpty()) {
            return 0;
        }
        java.util.Map<String, Double> known = WIDTHS.computeIfAbsent(font, f -> new java.util.HashMap<>());
        Double width = known.get(text);
        if (width == null) {
            if (known.size() >= MAX_WIDTHS) {
                known.clear();
            }
            MEASURE.setFont(font);
            MEASURE.setText(text);
            width = Math.ceil(MEASURE.getLayoutBounds().getWidth());
            known.put(text, width);
        }
        return width;
    }

    /** The factory's properties are observable values (its return type says less). */
    @SuppressWarnings("unchecked")
    private static ObservableValue<Paint> observable(StyleableProperty<Paint> colour) {
        return (ObservableValue<Paint>) colour;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return STYLES.getCssMetaData();
    }
}
