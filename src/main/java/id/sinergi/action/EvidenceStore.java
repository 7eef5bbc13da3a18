package id.sinergi.action;

import id.sinergi.base.BusinessRuleException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence files in the database: checked before a progress update is saved, stored with it, listed without their bytes,
 * and downloaded by anyone who may read the item (every logged-in user).
 */
@Service
@Transactional(readOnly = true)
public class EvidenceStore {

    private final EvidenceInspector inspector;
    private final EvidenceFileRepository files;
    private final EvidenceContentRepository contents;

    EvidenceStore(EvidenceInspector inspector, EvidenceFileRepository files, EvidenceContentRepository contents) {
        this.inspector = inspector;
        this.files = files;
        this.contents = contents;
    }

    /** Every file of an update passes the checks, or none is stored. */
    List<CheckedEvidence> check(List<EvidenceUpload> uploads) {
        if (uploads.size() > EvidenceInspector.MAX_FILES_PER_UPDATE) {
            throw new BusinessRuleException("evidence.error.tooMany", EvidenceInspector.MAX_FILES_PER_UPDATE);
        }
        return uploads.stream().map(inspector::check).toList();
    }

    /** Checks one file right after it arrived (no database), so the user hears at once what is wrong with it. */
    public void precheck(EvidenceUpload upload) {
        inspector.check(upload);
    }

    @Transactional
    void store(ProgressUpdate update, List<CheckedEvidence> evidence) {
        for (CheckedEvidence checked : evidence) {
            EvidenceFile file = files.save(new EvidenceFile(update, checked.fileName(), checked.type().contentType(),
                    checked.content().length, checked.sha256()));
            contents.save(new EvidenceContent(file.getId(), checked.content()));
        }
    }

    /** The files of these progress updates by update id, without their bytes. */
    @PreAuthorize(ActionItemService.READERS)
    public Map<Long, List<EvidenceFile>> filesOf(Collection<ProgressUpdate> updates) {
        if (updates.isEmpty()) {
            return Map.of();
        }
        return files.findByUpdateIds(updates.stream().map(ProgressUpdate::getId).toList()).stream()
                .collect(Collectors.groupingBy(f -> f.getProgressUpdate().getId()));
    }

    @PreAuthorize(ActionItemService.READERS)
    public EvidenceDownload download(long evidenceId) {
        EvidenceFile file = files.findById(evidenceId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        EvidenceContent content = contents.findById(evidenceId)
                .orElseThrow(() -> new BusinessRuleException("error.notFound"));
        return new EvidenceDownload(file.getFileName(), file.getContentType(), content.content());
    }

    public long maxBytes() {
        return inspector.maxBytes();
    }
}
