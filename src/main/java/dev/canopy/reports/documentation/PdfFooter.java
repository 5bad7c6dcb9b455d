package dev.canopy.reports.documentation;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/** Each page's footer: the document and its date on the left, "Page N of M" on the right (M filled in at the end). */
final class PdfFooter extends PdfPageEventHelper {

    private static final float SIZE = 7.5f;

    private final PdfFonts fonts;
    private final String left;
    private PdfTemplate total;

    PdfFooter(PdfFonts fonts, String left) {
        this.fonts = fonts;
        this.left = left;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        float y = document.bottomMargin() - 20;
        String page = "Page " + writer.getPageNumber() + " of ";
        float pageWidth = fonts.regular().getWidthPoint(page, SIZE);
        float right = document.right();
        canvas.saveState();
        canvas.setColorFill(PdfFonts.MUTED);
        canvas.beginText();
        canvas.setFontAndSize(fonts.regular(), SIZE);
        canvas.setTextMatrix(document.left(), y);
        canvas.showText(left);
        canvas.setTextMatrix(right - pageWidth - 20, y);
        canvas.showText(page);
        canvas.endText();
        canvas.addTemplate(total, right - 20, y);
        canvas.restoreState();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setColorFill(PdfFonts.MUTED);
        total.setFontAndSize(fonts.regular(), SIZE);
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(writer.getPageNumber() - 1));  // the writer has moved past the last page by now
        total.endText();
    }
}
