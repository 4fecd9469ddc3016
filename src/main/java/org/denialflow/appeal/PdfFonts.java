package org.denialflow.appeal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts embedded in letters and packets (DejaVu, see NOTICE). The PDF standard fonts cover Latin-1
 * only, and a patient named Nguyễn must not reach the payer as "Nguy?n". Fonts are embedded as subsets,
 * so a letter carries only the glyphs it uses.
 */
final class PdfFonts {

    static final String SANS = "DejaVu Sans";
    static final String MONO = "DejaVu Sans Mono";

    private static final byte[] REGULAR = read("DejaVuSans.ttf");
    private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
    private static final byte[] ITALIC = read("DejaVuSans-Oblique.ttf");
    private static final byte[] BOLD_ITALIC = read("DejaVuSans-BoldOblique.ttf");
    private static final byte[] MONO_REGULAR = read("DejaVuSansMono.ttf");

    private PdfFonts() {
    }

    static void register(PdfRendererBuilder builder) {
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), SANS, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), SANS, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(ITALIC), SANS, 400, FontStyle.ITALIC, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD_ITALIC), SANS, 700, FontStyle.ITALIC, true);
        builder.useFont(() -> new ByteArrayInputStream(MONO_REGULAR), MONO, 400, FontStyle.NORMAL, true);
    }

    /** The regular face for text PDFBox writes itself (page numbers). */
    static PDType0Font regular(PDDocument document) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true);
    }

    private static byte[] read(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/dejavu/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " is missing from the classpath (fonts/dejavu)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
