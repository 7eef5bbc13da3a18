package id.sinergi.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one evidence file, in the database so that every app node serves them (loaded only to download). */
@Entity
@Table(name = "evidence_content")
class EvidenceContent {

    @Id
    @Column(name = "evidence_file_id")
    private Long evidenceFileId;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected EvidenceContent() {
    }

    EvidenceContent(Long evidenceFileId, byte[] content) {
        this.evidenceFileId = evidenceFileId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }
}
