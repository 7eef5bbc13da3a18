package id.sinergi.action;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The evidence file types Sinergi accepts, each recognised by its content (magic bytes, or the entries of the zip
 * container of office documents), never by its name alone.
 */
public enum EvidenceType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final List<byte[]> PROGRAM_MAGICS = List.of(
            new byte[] {'M', 'Z'}, new byte[] {0x7f, 'E', 'L', 'F'}, new byte[] {'#', '!'},
            new byte[] {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe},
            new byte[] {(byte) 0xcf, (byte) 0xfa, (byte) 0xed, (byte) 0xfe});

    private final String contentType;
    private final Set<String> extensions;

    EvidenceType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = Set.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    /** The accepted file name endings, for the upload component: ".pdf", ".png" ... */
    public static List<String> acceptedExtensions() {
        return Arrays.stream(values()).flatMap(t -> t.extensions.stream()).sorted().map(e -> "." + e).toList();
    }

    static Optional<EvidenceType> byFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.extensions.contains(extension)).findFirst();
    }

    /** What the bytes are, whatever the name says; empty when none of the accepted types. */
    static Optional<EvidenceType> byContent(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return officeDocument(content);
        }
        return Optional.empty();
    }

    /** Programs and scripts (Windows, Linux, macOS executables, shebang scripts) get their own clear refusal. */
    static boolean isProgram(byte[] content) {
        return PROGRAM_MAGICS.stream().anyMatch(magic -> startsWith(content, magic));
    }

    private static Optional<EvidenceType> officeDocument(byte[] content) {
        ZipDirectory zip = ZipDirectory.read(content).orElse(null);
        if (zip == null) {
            return Optional.empty();
        }
        if (zip.contains("[Content_Types].xml")) {
            if (zip.contains("word/document.xml")) {
                return Optional.of(DOCX);
            }
            if (zip.contains("xl/workbook.xml")) {
                return Optional.of(XLSX);
            }
            if (zip.contains("ppt/presentation.xml")) {
                return Optional.of(PPTX);
            }
            return Optional.empty();
        }
        String mimetype = zip.storedFirstEntry("mimetype").orElse("");
        if (mimetype.equals(ODT.contentType)) {
            return Optional.of(ODT);
        }
        return mimetype.equals(ODS.contentType) ? Optional.of(ODS) : Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
