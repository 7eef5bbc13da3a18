package id.sinergi.action;

import id.sinergi.base.BusinessRuleException;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Checks an evidence file before anything is stored: a name without path characters, an accepted type proved by the
 * content and matching the name's extension, not empty, not over the size limit ({@code sinergi.evidence.max-size},
 * 10 MB by default). A refusal is a {@link BusinessRuleException} naming the file.
 */
@Component
public class EvidenceInspector {

    public static final int MAX_FILES_PER_UPDATE = 5;
    /** Path separators, a drive colon, Windows-reserved characters and control characters. */
    private static final Pattern FORBIDDEN = Pattern.compile("[/\\\\:*?\"<>|\\p{Cntrl}]");

    private final long maxBytes;

    EvidenceInspector(@Value("${sinergi.evidence.max-size:10MB}") DataSize maxSize) {
        this.maxBytes = maxSize.toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    CheckedEvidence check(EvidenceUpload upload) {
        String name = displayName(upload.fileName());
        EvidenceType expected = EvidenceType.byFileName(name)
                .orElseThrow(() -> new BusinessRuleException("evidence.error.type", name));
        byte[] content = readLimited(upload, name);
        if (content.length == 0) {
            throw new BusinessRuleException("evidence.error.empty", name);
        }
        if (EvidenceType.isProgram(content)) {
            throw new BusinessRuleException("evidence.error.program", name);
        }
        EvidenceType actual = EvidenceType.byContent(content).orElse(null);
        if (actual != expected) {
            throw new BusinessRuleException("evidence.error.contentMismatch", name);
        }
        return new CheckedEvidence(name, actual, content, sha256(content));
    }

    /** The name as shown and offered for download; refused when it carries a path or control characters. */
    static String displayName(String fileName) {
        String name = fileName == null ? "" : Normalizer.normalize(fileName, Normalizer.Form.NFC).strip();
        if (name.isEmpty() || name.startsWith(".") || FORBIDDEN.matcher(name).find()) {
            throw new BusinessRuleException("evidence.error.name", fileName == null ? "" : fileName);
        }
        if (name.length() > EvidenceFile.FILE_NAME_MAX_LENGTH) {
            throw new BusinessRuleException("evidence.error.nameTooLong", EvidenceFile.FILE_NAME_MAX_LENGTH);
        }
        return name;
    }

    private byte[] readLimited(EvidenceUpload upload, String name) {
        try (InputStream in = upload.source().open()) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (content.length > maxBytes) {
                throw new BusinessRuleException("evidence.error.tooLarge", name, maxBytes / (1024 * 1024));
            }
            return content;
        } catch (IOException e) {
            throw new BusinessRuleException("evidence.error.unreadable", name);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
