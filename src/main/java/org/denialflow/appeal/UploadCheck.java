package org.denialflow.appeal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Decides whether an uploaded file may be attached: PDF, PNG or JPEG as its first bytes say (the declared content
 * type must agree), within the size limit, readable whole (a PDF must open in PDFBox, an image must decode), and
 * with a plain file name. Every check runs before anything is stored.
 */
final class UploadCheck {

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final long MAX_PIXELS = 60_000_000L;

    private UploadCheck() {
    }

    /** A file that passed: its clean name and its real media type. */
    record Accepted(String fileName, String mediaType) {
    }

    static Accepted check(String originalName, String declaredType, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw AppealException.invalid("The file is empty");
        }
        if (content.length > maxBytes) {
            throw new AppealException(AppealException.Reason.TOO_LARGE, "The file is " + content.length
                    + " bytes; the limit is " + maxBytes + " bytes");
        }
        String mediaType = sniff(content);
        if (mediaType == null) {
            throw new AppealException(AppealException.Reason.UNSUPPORTED_TYPE,
                    "Only PDF, PNG and JPEG files can be attached; this file is none of them");
        }
        String declared = normalizeDeclared(declaredType);
        if (declared != null && !declared.equals(mediaType)) {
            throw new AppealException(AppealException.Reason.UNSUPPORTED_TYPE, "The file says it is " + declaredType
                    + " but its content is " + mediaType);
        }
        String fileName = fileName(originalName, mediaType);
        if (PDF.equals(mediaType)) {
            checkPdf(content);
        } else {
            checkImage(content);
        }
        return new Accepted(fileName, mediaType);
    }

    static String sniff(byte[] c) {
        if (c.length >= 5 && c[0] == '%' && c[1] == 'P' && c[2] == 'D' && c[3] == 'F' && c[4] == '-') {
            return PDF;
        }
        if (c.length >= 8 && (c[0] & 0xFF) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G' && c[4] == 0x0D
                && c[5] == 0x0A && c[6] == 0x1A && c[7] == 0x0A) {
            return PNG;
        }
        if (c.length >= 3 && (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xD8 && (c[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        return null;
    }

    private static String normalizeDeclared(String declaredType) {
        if (declaredType == null || declaredType.isBlank()) {
            return null;
        }
        String t = declaredType.trim().toLowerCase(Locale.ROOT);
        int semicolon = t.indexOf(';');
        if (semicolon >= 0) {
            t = t.substring(0, semicolon).trim();
        }
        return switch (t) {
            case "application/octet-stream", "binary/octet-stream" -> null;
            case "image/jpg", "image/pjpeg" -> JPEG;
            case "application/x-pdf" -> PDF;
            default -> t;
        };
    }

    /**
     * The name as stored: a plain file name (no folders, no "..", no control characters), other odd characters
     * replaced by "_", with an extension that matches the content.
     */
    static String fileName(String originalName, String mediaType) {
        if (originalName == null || originalName.isBlank()) {
            throw AppealException.invalid("The file has no name");
        }
        String name = originalName.strip();
        if (name.contains("/") || name.contains("\\") || name.contains("..") || name.indexOf(':') >= 0
                || name.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7F)) {
            throw AppealException.invalid("The file name must be a plain name without folders, '..', ':' or control "
                    + "characters: " + name.replaceAll("\\p{Cntrl}", "?"));
        }
        String clean = name.replaceAll("[^A-Za-z0-9._ ()-]", "_").replaceAll("\\s+", " ");
        if (clean.startsWith(".")) {
            clean = "_" + clean;
        }
        int dot = clean.lastIndexOf('.');
        String extension = dot < 0 ? "" : clean.substring(dot + 1).toLowerCase(Locale.ROOT);
        Set<String> allowed = switch (mediaType) {
            case PDF -> Set.of("pdf");
            case PNG -> Set.of("png");
            default -> Set.of("jpg", "jpeg");
        };
        if (!allowed.contains(extension)) {
            throw new AppealException(AppealException.Reason.UNSUPPORTED_TYPE, "The file name must end in "
                    + allowed.stream().map(e -> "." + e).sorted().toList() + " for its content (" + mediaType + ")");
        }
        if (clean.length() > 150) {
            clean = clean.substring(0, 150 - extension.length() - 1) + "." + extension;
        }
        return clean;
    }

    private static void checkPdf(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted()) {
                throw AppealException.invalid("The PDF is encrypted or password-protected; attach an unprotected copy");
            }
            if (document.getNumberOfPages() == 0) {
                throw AppealException.invalid("The PDF has no pages");
            }
        } catch (IOException e) {
            throw AppealException.invalid("The PDF is damaged and cannot be read: " + e.getMessage());
        }
    }

    private static void checkImage(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw AppealException.invalid("The image cannot be read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    throw AppealException.invalid("The image is " + reader.getWidth(0) + " x " + reader.getHeight(0)
                            + " pixels; the limit is " + MAX_PIXELS + " pixels");
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw AppealException.invalid("The image cannot be read");
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof AppealException appeal) {
                throw appeal;
            }
            throw AppealException.invalid("The image is damaged and cannot be read: " + e.getMessage());
        }
    }
}
