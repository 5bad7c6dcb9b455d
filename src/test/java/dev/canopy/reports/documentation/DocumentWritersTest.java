package dev.canopy.reports.documentation;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTML page and the PDF made from one small document: what a reader sees in each. */
class DocumentWritersTest {

    private static final ZonedDateTime WHEN = ZonedDateTime.parse("2026-12-01T09:30:00+01:00[Europe/Berlin]");

    @Test
    void theHtmlPageEscapesEveryTextAndLinksItsContentsToTheChapters() throws IOException {
        String html = new String(write(DocumentFormat.HTML, document("<b>Lab & Co</b>", 3)), StandardCharsets.UTF_8);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>Tenant documentation: Acme</title>")
                .contains("Northwind › Acme and its 2 sub-tenants · generated 1 December 2026, 09:30 CET")
                .contains("<a href=\"#t2\">Northwind › Acme › &lt;b&gt;Lab &amp; Co&lt;/b&gt;</a>")
                .contains("<section class=\"tenant\" id=\"t2\">\n<h2>&lt;b&gt;Lab &amp; Co&lt;/b&gt;</h2>")
                .contains("<td>needs ≥ 7.2</td>").contains("<td>first<br>second</td>")
                .doesNotContain("<b>Lab").endsWith("</html>\n");
    }

    @Test
    void thePdfHasAPageAChapterWithABookmarkAndAFooterCountingThePages() throws IOException {
        byte[] pdf = write(DocumentFormat.PDF, document("Пражский офис", 3));

        PdfReader reader = new PdfReader(pdf);
        try {
            int pages = reader.getNumberOfPages();
            assertThat(pages).as("a title page, then one page per short chapter").isEqualTo(4);
            PdfTextExtractor text = new PdfTextExtractor(reader);
            assertThat(text.getTextFromPage(1)).contains("Tenant documentation: Acme").contains("Contents");
            assertThat(text.getTextFromPage(3)).contains("Пражский офис").contains("needs ≥ 7.2").contains("Page 3 of 4");
            List<Map<String, Object>> bookmarks = SimpleBookmark.getBookmarkList(reader);
            assertThat(bookmarks).extracting(b -> b.get("Title")).containsExactly("Acme", "Пражский офис", "Chapter 3");
        } finally {
            reader.close();
        }
    }

    @Test
    void aOneTenantDocumentHasNoContentsPage() throws IOException {
        PdfReader reader = new PdfReader(write(DocumentFormat.PDF, document("Lab", 1)));
        try {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Tenant documentation: Acme").contains("Deployments")
                    .doesNotContain("Contents").contains("Page 1 of 1");
        } finally {
            reader.close();
        }
    }

    @Test
    void aLongTableRunsOntoMorePagesWithItsHeaderRepeated() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            rows.add(List.of("PC-" + i, "Online"));
        }
        DocTable table = new DocTable(List.of(new DocTable.Column("Computer", 1), new DocTable.Column("Status", 1)), rows, "");
        TenantChapter chapter = new TenantChapter("Acme", "Northwind › Acme", List.of(), List.of(new DocSection("Computers", "", table)));

        PdfReader reader = new PdfReader(write(DocumentFormat.PDF, new Doc(header(1), List.of(chapter))));
        try {
            assertThat(reader.getNumberOfPages()).isGreaterThan(2);
            assertThat(new PdfTextExtractor(reader).getTextFromPage(3)).contains("Computer").contains("Status");
        } finally {
            reader.close();
        }
    }

    private record Doc(DocumentHeader header, List<TenantChapter> chapters) {
    }

    private static Doc document(String secondName, int chapters) {
        List<TenantChapter> list = new ArrayList<>();
        for (int i = 1; i <= chapters; i++) {
            String name = i == 1 ? "Acme" : i == 2 ? secondName : "Chapter " + i;
            DocTable table = new DocTable(List.of(new DocTable.Column("Software", 1), new DocTable.Column("Why", 2)),
                    List.of(List.of("7-Zip", "needs ≥ 7.2"), List.of("Notes", "first\nsecond")), "");
            list.add(new TenantChapter(name, "Northwind › Acme" + (i == 1 ? "" : " › " + name), List.of(new TenantChapter.Fact("Kind", "Client")),
                    List.of(new DocSection("Deployments", "2 deployments reach this tenant.", table))));
        }
        return new Doc(header(chapters), list);
    }

    private static DocumentHeader header(int chapters) {
        List<String> contents = new ArrayList<>(List.of("Northwind › Acme", "Northwind › Acme › <b>Lab & Co</b>", "Northwind › Acme › Chapter 3"));
        return new DocumentHeader("Tenant documentation: Acme", "Northwind › Acme and its 2 sub-tenants", WHEN, contents.subList(0, chapters));
    }

    private static byte[] write(DocumentFormat format, Doc doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocumentWriter writer = format.writer(out);
        writer.begin(doc.header());
        for (TenantChapter chapter : doc.chapters()) {
            writer.chapter(chapter);
        }
        writer.end();
        return out.toByteArray();
    }
}
