package dev.canopy.reports.documentation;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A tenant document as an A4 PDF (OpenPDF): a title page with the contents, then a chapter per tenant starting on a
 * new page, each a bookmark; tables repeat their header row on every page they run onto; every page's footer names
 * the document, its date and "page N of M". Text is set in the bundled DejaVu Sans, so names in any Latin, Greek or
 * Cyrillic script and signs such as ≥ print as written.
 */
final class PdfDocumentWriter implements DocumentWriter {

    private static final float MARGIN = 42;
    /** The room a section's heading, summary and first table rows need at the foot of a page. */
    private static final float KEEP_WITH_HEADING = 110;

    private final OutputStream out;
    private final PdfFonts fonts = PdfFonts.load();
    private Document document;
    private PdfWriter writer;
    /** Whether the next chapter starts a page: always, but for the only chapter of a document without a contents page. */
    private boolean newPageBeforeChapter;

    PdfDocumentWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void begin(DocumentHeader header) throws IOException {
        document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 16);
        try {
            writer = PdfWriter.getInstance(document, new NotClosing(out));
            writer.setPageEvent(new PdfFooter(fonts, header.title() + " · " + HtmlDocumentWriter.GENERATED.format(header.generatedAt())));
            document.addTitle(header.title());
            document.addCreator("Canopy");
            document.open();
            add(paragraph(header.title(), fonts.title(), 4));
            add(paragraph(header.scope(), fonts.body(), 2));
            add(paragraph("Generated " + HtmlDocumentWriter.GENERATED.format(header.generatedAt()), fonts.muted(), 18));
            newPageBeforeChapter = header.contents().size() > 1;
            if (newPageBeforeChapter) {
                add(paragraph("Contents", fonts.heading(), 6));
                int number = 1;
                for (String entry : header.contents()) {
                    add(paragraph(number++ + ".  " + entry, fonts.body(), 1));
                }
            }
        } catch (DocumentException e) {
            throw new IOException("cannot start the PDF: " + e.getMessage(), e);
        }
    }

    @Override
    public void chapter(TenantChapter chapter) throws IOException {
        try {
            if (newPageBeforeChapter) {
                document.newPage();
            }
            newPageBeforeChapter = true;
            new PdfOutline(writer.getRootOutline(), new PdfDestination(PdfDestination.FITH, writer.getVerticalPosition(true)), chapter.name());
            add(paragraph(chapter.name(), fonts.chapter(), 2));
            add(paragraph(chapter.path(), fonts.muted(), 8));
            add(facts(chapter));
            for (DocSection section : chapter.sections()) {
                if (section.table() != null && writer.getVerticalPosition(true) - document.bottom() < KEEP_WITH_HEADING) {
                    document.newPage();  // a heading never sits alone at the foot of a page, its table overleaf
                }
                Paragraph heading = paragraph(section.heading(), fonts.heading(), 3);
                heading.setSpacingBefore(12);
                heading.setKeepTogether(true);
                add(heading);
                if (!section.summary().isEmpty()) {
                    add(paragraph(section.summary(), fonts.body(), 4));
                }
                if (section.table() != null) {
                    add(table(section.table()));
                    if (!section.table().note().isEmpty()) {
                        add(paragraph(section.table().note(), fonts.muted(), 0));
                    }
                }
            }
        } catch (DocumentException e) {
            throw new IOException("cannot write the chapter of " + chapter.name() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void end() throws IOException {
        document.close();  // writes the footers' page totals and the file's trailer
        out.flush();
    }

    private PdfPTable facts(TenantChapter chapter) throws DocumentException {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setWidths(new float[]{1, 3.2f});
        for (TenantChapter.Fact fact : chapter.facts()) {
            table.addCell(cell(fact.label(), fonts.muted(), false));
            table.addCell(cell(fact.value(), fonts.body(), false));
        }
        return table;
    }

    private PdfPTable table(DocTable model) throws DocumentException {
        PdfPTable table = new PdfPTable(model.columns().size());
        table.setWidthPercentage(100);
        float[] widths = new float[model.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = model.columns().get(i).weight();
        }
        table.setWidths(widths);
        table.setHeaderRows(1);
        table.setSplitLate(false);  // a tall row may break across pages rather than leave a gap
        for (DocTable.Column column : model.columns()) {
            PdfPCell cell = cell(column.title(), fonts.tableHeader(), true);
            cell.setBackgroundColor(PdfFonts.HEADER_BACKGROUND);
            table.addCell(cell);
        }
        for (var row : model.rows()) {
            for (String value : row) {
                table.addCell(cell(value, fonts.table(), true));
            }
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font, boolean ruled) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(ruled ? Rectangle.BOTTOM : Rectangle.NO_BORDER);
        cell.setBorderColor(PdfFonts.RULE);
        cell.setBorderWidth(0.5f);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(4);
        cell.setPaddingLeft(3);
        cell.setPaddingRight(3);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    private static Paragraph paragraph(String text, Font font, float after) {
        Paragraph paragraph = new Paragraph(new Chunk(text, font));
        paragraph.setSpacingAfter(after);
        paragraph.setLeading(font.getSize() * 1.3f);
        return paragraph;
    }

    private void add(Element element) throws DocumentException {
        document.add(element);
    }

    /** The caller owns the stream; OpenPDF closes what it writes to when the document closes. */
    private static final class NotClosing extends java.io.FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
