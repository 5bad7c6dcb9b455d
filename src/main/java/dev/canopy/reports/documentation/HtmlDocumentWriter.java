package dev.canopy.reports.documentation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A tenant document as one self-contained HTML page (styles inline, no scripts, nothing fetched), readable on screen
 * and printable: each chapter starts a new printed page. Every text is escaped, so a tenant named
 * {@code <script>} shows as written.
 */
final class HtmlDocumentWriter implements DocumentWriter {

    static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm zzz", Locale.ENGLISH);

    private static final String STYLE = """
            body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: #1f2328; margin: 2rem auto;
                   max-width: 64rem; padding: 0 1.5rem; line-height: 1.45; }
            h1 { font-size: 1.8rem; margin-bottom: .2rem; }
            h2 { font-size: 1.4rem; border-bottom: 2px solid #0969da; padding-bottom: .2rem; margin-top: 2.5rem; }
            h3 { font-size: 1.05rem; margin: 1.6rem 0 .3rem; }
            .meta, .path, .note { color: #59636e; }
            .summary { margin: .2rem 0 .5rem; }
            table { border-collapse: collapse; width: 100%; font-size: .9rem; }
            th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #d1d9e0; }
            th { background: #f6f8fa; font-weight: 600; }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1.2rem; margin: .6rem 0; }
            dl.facts dt { color: #59636e; } dl.facts dd { margin: 0; }
            ol.contents { columns: 2; }
            section.tenant { break-before: page; }
            @media print { body { margin: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
            """;

    private final Writer out;
    private int chapters;

    HtmlDocumentWriter(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    }

    @Override
    public void begin(DocumentHeader header) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
        text(header.title());
        out.write("</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<header>\n<h1>");
        text(header.title());
        out.write("</h1>\n<p class=\"meta\">");
        text(header.scope() + " · generated " + GENERATED.format(header.generatedAt()));
        out.write("</p>\n</header>\n");
        if (header.contents().size() > 1) {
            out.write("<nav>\n<h3>Contents</h3>\n<ol class=\"contents\">\n");
            for (int i = 0; i < header.contents().size(); i++) {
                out.write("<li><a href=\"#t" + (i + 1) + "\">");
                text(header.contents().get(i));
                out.write("</a></li>\n");
            }
            out.write("</ol>\n</nav>\n");
        }
    }

    @Override
    public void chapter(TenantChapter chapter) throws IOException {
        chapters++;
        out.write("<section class=\"tenant\" id=\"t" + chapters + "\">\n<h2>");
        text(chapter.name());
        out.write("</h2>\n<p class=\"path\">");
        text(chapter.path());
        out.write("</p>\n<dl class=\"facts\">\n");
        for (TenantChapter.Fact fact : chapter.facts()) {
            out.write("<dt>");
            text(fact.label());
            out.write("</dt><dd>");
            text(fact.value());
            out.write("</dd>\n");
        }
        out.write("</dl>\n");
        for (DocSection section : chapter.sections()) {
            section(section);
        }
        out.write("</section>\n");
    }

    private void section(DocSection section) throws IOException {
        out.write("<h3>");
        text(section.heading());
        out.write("</h3>\n");
        if (!section.summary().isEmpty()) {
            out.write("<p class=\"summary\">");
            text(section.summary());
            out.write("</p>\n");
        }
        DocTable table = section.table();
        if (table == null) {
            return;
        }
        out.write("<table>\n<thead><tr>");
        for (DocTable.Column column : table.columns()) {
            out.write("<th>");
            text(column.title());
            out.write("</th>");
        }
        out.write("</tr></thead>\n<tbody>\n");
        for (var row : table.rows()) {
            out.write("<tr>");
            for (String cell : row) {
                out.write("<td>");
                text(cell);
                out.write("</td>");
            }
            out.write("</tr>\n");
        }
        out.write("</tbody>\n</table>\n");
        if (!table.note().isEmpty()) {
            out.write("<p class=\"note\">");
            text(table.note());
            out.write("</p>\n");
        }
    }

    @Override
    public void end() throws IOException {
        out.write("</body>\n</html>\n");
        out.flush();
    }

    /** Escapes the five characters HTML gives meaning to; a line break in a value stays a line break on the page. */
    private void text(String value) throws IOException {
        StringBuilder s = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                case '\n' -> s.append("<br>");
                default -> s.append(c);
            }
        }
        out.write(s.toString());
    }
}
