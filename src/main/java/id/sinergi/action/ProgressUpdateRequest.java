package id.sinergi.action;

import java.time.LocalDate;
import java.util.List;

/**
 * What a progress report may carry: exactly the fields a liaison may change (status, %, narrative, evidence, an extension
 * request) and nothing else, so no caller can slip a coordinator field in. {@code itemVersion} is the item version the
 * reporter saw; a newer one means someone changed the item meanwhile and the report is refused.
 */
public record ProgressUpdateRequest(long itemId, int itemVersion, ActionItemStatus status, int progress, String narrative,
                                    List<EvidenceUpload> evidence, LocalDate extensionDueDate, String extensionReason) {

    public ProgressUpdateRequest {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
