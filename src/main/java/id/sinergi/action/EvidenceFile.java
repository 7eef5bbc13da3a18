package id.sinergi.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** An evidence file (bukti dukung) of a progress update: its checked name, type and size; the bytes are apart. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile {

    public static final int FILE_NAME_MAX_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "progress_update_id", nullable = false, updatable = false)
    private ProgressUpdate progressUpdate;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_MAX_LENGTH, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    protected EvidenceFile() {
    }

    EvidenceFile(ProgressUpdate progressUpdate, String fileName, String contentType, long sizeBytes, String sha256) {
        this.progressUpdate = progressUpdate;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
    }

    public Long getId() {
        return id;
    }

    public ProgressUpdate getProgressUpdate() {
        return progressUpdate;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof EvidenceFile that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
