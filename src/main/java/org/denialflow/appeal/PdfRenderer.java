package org.denialflow.appeal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Turns a letter body (the safe XHTML subset of {@link LetterMarkup}) into PDF pages with the packet's own
 * stylesheet. Nothing outside the document is ever fetched: every external resource is refused.
 */
final class PdfRenderer {

    static final String STYLE = """
            @page { size: letter; margin: 0.9in 0.9in 0.9in 0.9in; }
            body { font-family: "DejaVu Sans", sans-serif; font-size: 10.5pt; line-height: 1.35; color: #111; }
            h1 { font-size: 15pt; margin: 0 0 10pt 0; }
            h2 { font-size: 12.5pt; margin: 14pt 0 6pt 0; }
            h3 { font-size: 11pt; margin: 10pt 0 4pt 0; }
            p { margin: 0 0 8pt 0; }
            table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt 0; }
            th, td { border: 0.5pt solid #777; padding: 3pt 5pt; text-align: left; vertical-align: top; font-size: 9.5pt; }
            th { background: #eee; }
            td.amount, th.amount { text-align: right; }
            table.facts td { border: none; padding: 1pt 6pt 1pt 0; }
            table.toc td { border: none; border-bottom: 0.5pt dotted #999; }
            .reference { font-size: 9.5pt; }
            .signature { margin-top: 24pt; }
            pre.x12 { font-family: "DejaVu Sans Mono", monospace; font-size: 8.5pt; white-space: pre-wrap; }
            """;

    private PdfRenderer() {
    }

    static byte[] render(String title, String bodyFragment) {
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<head><title>" + LetterFacts.escape(title) + "</title><style>" + STYLE + "</style></head><body>"
                + bodyFragment + "</body></html>";
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            PdfFonts.register(builder);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withHtmlContent(document, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
