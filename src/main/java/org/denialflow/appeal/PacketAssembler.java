package org.denialflow.appeal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Puts a packet together as one PDF: the cover letter, a table of contents, then every other section in order
 * (letters and summaries rendered from XHTML, PDF attachments page by page, each image on a page of its own),
 * with "Page n of N" on every page and a bookmark per section.
 */
final class PacketAssembler {

    /** One part of the packet. Exactly one of {@code html}, {@code pdf}, {@code image} is set. */
    record Section(String title, String html, byte[] pdf, byte[] image) {

        static Section rendered(String title, String html) {
            return new Section(title, html, null, null);
        }

        static Section pdf(String title, byte[] pdf) {
            return new Section(title, null, pdf, null);
        }

        static Section image(String title, byte[] image) {
            return new Section(title, null, null, image);
        }
    }

    /** The packet: its bytes, its page count, and the first page of each part (the contents table included). */
    record Result(byte[] pdf, int pageCount, List<String> titles, List<Integer> startPages) {
    }

    static final String CONTENTS = "Table of contents";
    private static final float MARGIN = 54f;

    private PacketAssembler() {
    }

    /** The cover (first section) comes first, then the table of contents, then the rest in the order given. */
    static Result assemble(List<Section> sections, String footer) {
        try {
            List<PDDocument> parts = new ArrayList<>();
            try {
                for (Section section : sections) {
                    parts.add(open(section));
                }
                int coverPages = parts.get(0).getNumberOfPages();
                int tocPages = 1;
                byte[] toc;
                List<Integer> starts;
                while (true) {
                    starts = new ArrayList<>();
                    int page = 1;
                    starts.add(page);
                    page += coverPages;
                    starts.add(page);
                    page += tocPages;
                    for (int i = 1; i < parts.size(); i++) {
                        starts.add(page);
                        page += parts.get(i).getNumberOfPages();
                    }
                    toc = PdfRenderer.render(CONTENTS, contents(sections, starts));
                    int actual = pageCount(toc);
                    if (actual == tocPages) {
                        break;
                    }
                    tocPages = actual;
                }
                List<String> titles = new ArrayList<>();
                titles.add(sections.get(0).title());
                titles.add(CONTENTS);
                for (int i = 1; i < sections.size(); i++) {
                    titles.add(sections.get(i).title());
                }
                try (PDDocument packet = new PDDocument()) {
                    PDFMergerUtility merger = new PDFMergerUtility();
                    merger.appendDocument(packet, parts.get(0));
                    try (PDDocument tocDocument = Loader.loadPDF(toc)) {
                        merger.appendDocument(packet, tocDocument);
                    }
                    for (int i = 1; i < parts.size(); i++) {
                        merger.appendDocument(packet, parts.get(i));
                    }
                    number(packet, footer);
                    bookmarks(packet, titles, starts);
                    packet.getDocumentInformation().setTitle(footer);
                    packet.getDocumentInformation().setCreator("DenialFlow");
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    packet.save(out);
                    return new Result(out.toByteArray(), packet.getNumberOfPages(), titles, starts);
                }
            } finally {
                for (PDDocument part : parts) {
                    part.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDDocument open(Section section) throws IOException {
        if (section.html() != null) {
            return Loader.loadPDF(PdfRenderer.render(section.title(), section.html()));
        }
        if (section.pdf() != null) {
            return Loader.loadPDF(section.pdf());
        }
        PDDocument document = new PDDocument();
        PDPage page = new PDPage(PDRectangle.LETTER);
        document.addPage(page);
        PDImageXObject image = PDImageXObject.createFromByteArray(document, section.image(), section.title());
        float maxWidth = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
        float maxHeight = PDRectangle.LETTER.getHeight() - 2 * MARGIN - 14;
        float scale = Math.min(1f, Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight()));
        float width = image.getWidth() * scale;
        float height = image.getHeight() * scale;
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.drawImage(image, (PDRectangle.LETTER.getWidth() - width) / 2,
                    PDRectangle.LETTER.getHeight() - MARGIN - height, width, height);
        }
        return document;
    }

    private static String contents(List<Section> sections, List<Integer> starts) {
        StringBuilder html = new StringBuilder("<h1>").append(CONTENTS).append("</h1><table class=\"toc\">");
        row(html, 1, sections.get(0).title(), starts.get(0));
        row(html, 2, CONTENTS, starts.get(1));
        for (int i = 1; i < sections.size(); i++) {
            row(html, i + 2, sections.get(i).title(), starts.get(i + 1));
        }
        return html.append("</table>").toString();
    }

    private static void row(StringBuilder html, int number, String title, int page) {
        html.append("<tr><td>").append(number).append(".</td><td>").append(LetterFacts.escape(title))
                .append("</td><td class=\"amount\">page ").append(page).append("</td></tr>");
    }

    private static void number(PDDocument packet, String footer) throws IOException {
        PDType0Font font = PdfFonts.regular(packet);
        int total = packet.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = packet.getPage(i);
            PDRectangle box = page.getCropBox();
            String text = "Page " + (i + 1) + " of " + total;
            try (PDPageContentStream content = new PDPageContentStream(packet, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.setNonStrokingColor(0.25f, 0.25f, 0.25f);
                content.beginText();
                content.setFont(font, 8);
                content.newLineAtOffset(box.getLowerLeftX() + 36, box.getLowerLeftY() + 20);
                content.showText(footer);
                content.endText();
                content.beginText();
                content.setFont(font, 8);
                float width = font.getStringWidth(text) / 1000 * 8;
                content.newLineAtOffset(box.getUpperRightX() - 36 - width, box.getLowerLeftY() + 20);
                content.showText(text);
                content.endText();
            }
        }
    }

    private static void bookmarks(PDDocument packet, List<String> titles, List<Integer> starts) {
        PDDocumentOutline outline = new PDDocumentOutline();
        packet.getDocumentCatalog().setDocumentOutline(outline);
        for (int i = 0; i < titles.size(); i++) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(titles.get(i));
            PDPageFitDestination destination = new PDPageFitDestination();
            destination.setPage(packet.getPage(starts.get(i) - 1));
            item.setDestination(destination);
            outline.addLast(item);
        }
    }

    static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
