package dev.canopy.ui.reports;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dev.canopy.reports.ComplianceSeed;
import dev.canopy.reports.documentation.DocumentFormat;
import dev.canopy.ui.ViewModelFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports → Tenant documentation… without a window: the choices offered, the file written whole, the status line. */
class DocumentationViewModelTest extends ViewModelFixture {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneId.of("Europe/Berlin"));

    private final ComplianceSeed seed = new ComplianceSeed();

    @BeforeEach
    void openSeeded() {
        open(seed::write);
    }

    private DocumentationViewModel model() {
        return new DocumentationViewModel(services().tenants(), services().store(), services().tasks(), services().notices(), CLOCK);
    }

    @Test
    void theSelectedTenantIsOfferedWithItsSubTenantsAndANameForTheFile() {
        select(seed.acme);
        DocumentationViewModel model = model();

        assertThat(model.tenantPath()).isEqualTo("Northwind › Acme");
        assertThat(model.subTenantsText()).isEqualTo("With its 2 sub-tenants (a chapter each)");
        assertThat(model.includeSubTenantsProperty().get()).isTrue();
        assertThat(model.suggestedFileName()).isEqualTo("acme-documentation-2026-12-01.pdf");
        model.formatProperty().set(DocumentFormat.HTML);
        assertThat(model.suggestedFileName()).endsWith(".html");

        select(seed.globex);
        assertThat(model().subTenantsText()).isEqualTo("It has no sub-tenants");
        assertThat(model().includeSubTenantsProperty().get()).isFalse();
    }

    @Test
    void theExportWritesTheWholePdfAndSaysWhereInTheStatusBar() throws Exception {
        select(seed.acme);
        DocumentationViewModel model = model();
        Path file = folder.resolve("acme.pdf");

        model.export(file);

        assertThat(file.resolveSibling("acme.pdf.partial")).doesNotExist();
        PdfReader reader = new PdfReader(Files.readAllBytes(file));
        try {
            assertThat(reader.getNumberOfPages()).as("a title page and a chapter each for Acme, Acme Berlin and Lab").isGreaterThanOrEqualTo(4);
            assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Tenant documentation: Acme")
                    .contains("1 December 2026, 13:00 CET");
        } finally {
            reader.close();
        }
        assertThat(main.noticeProperty().get()).isEqualTo("Wrote the documentation of 3 tenants (3 computers) to " + file + ".");
    }

    @Test
    void withoutItsSubTenantsTheHtmlHasOneChapter() throws Exception {
        select(seed.acme);
        DocumentationViewModel model = model();
        model.includeSubTenantsProperty().set(false);
        model.formatProperty().set(DocumentFormat.HTML);
        Path file = folder.resolve("acme.html");

        model.export(file);

        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(html).contains("<h2>Acme</h2>").doesNotContain("<h2>Acme Berlin</h2>").doesNotContain("Contents");
        assertThat(main.noticeProperty().get()).startsWith("Wrote the documentation of 1 tenant (2 computers)");
    }
}
