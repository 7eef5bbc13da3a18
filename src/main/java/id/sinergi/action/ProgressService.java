package id.sinergi.action;

import id.sinergi.audit.AuditService.Change;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.user.CurrentUser;
import id.sinergi.user.User;
import id.sinergi.user.UserService;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress on action items: reports (status, %, narrative, evidence, extension request) by the liaison of the
 * responsible agency or a coordinator; extension decisions by coordinators; comments by the agencies of the item.
 * Every rule is checked here, whatever the caller sends.
 */
@Service
@Transactional(readOnly = true)
public class ProgressService {

    private final ActionItemRepository items;
    private final ProgressUpdateRepository updates;
    private final EvidenceStore evidenceStore;
    private final CommentRepository comments;
    private final ActionItemPermissions permissions;
    private final ActionItemAudit audit;
    private final UserService userService;
    private final CurrentUser currentUser;

    ProgressService(ActionItemRepository items, ProgressUpdateRepository updates, EvidenceStore evidenceStore,
                    CommentRepository comments, ActionItemPermissions permissions, ActionItemAudit audit,
                    UserService userService, CurrentUser currentUser) {
        this.items = items;
        this.updates = updates;
        this.evidenceStore = evidenceStore;
        this.comments = comments;
        this.permissions = permissions;
        this.audit = audit;
        this.userService = userService;
        this.currentUser = currentUser;
    }

    /** The item's progress updates, newest first. */
    @PreAuthorize(ActionItemService.READERS)
    public List<ProgressUpdate> updatesOf(long itemId) {
        return updates.findByItemIdOrderByCreatedAtDescIdDesc(itemId);
    }

    @PreAuthorize(ActionItemService.READERS)
    public Optional<ProgressUpdate> pendingExtension(long itemId) {
        return updatesOf(itemId).stream().filter(ProgressUpdate::hasPendingExtension).findFirst();
    }

    @PreAuthorize(ActionItemService.READERS)
    public List<Comment> commentsOf(long itemId) {
        return comments.findByItemIdOrderByCreatedAtAscIdAsc(itemId);
    }

    /** Adds a progress report and moves the item to the reported status and %. */
    @PreAuthorize(ActionItemService.READERS)
    @Transactional
    public ProgressUpdate report(ProgressUpdateRequest request) {
        ActionItem item = items.findDetailedById(request.itemId())
                .orElseThrow(() -> new BusinessRuleException("error.notFound"));
        permissions.requireReporter(item);
        if (item.getVersion() != request.itemVersion()) {
            throw new ObjectOptimisticLockingFailureException(ActionItem.class, item.getId());
        }
        ProgressRules.checkReport(item, request, updates.existsByItemIdAndExtensionDecision(item.getId(),
                ExtensionDecision.PENDING));
        List<CheckedEvidence> evidence = evidenceStore.check(request.evidence());
        Author author = author();
        ProgressUpdate update = new ProgressUpdate(item, Instant.now(), author.username(), author.name(),
                request.status(), request.progress(), request.narrative().strip());
        if (request.extensionDueDate() != null) {
            update.requestExtension(request.extensionDueDate(), request.extensionReason().strip());
        }
        ProgressUpdate saved = updates.save(update);
        evidenceStore.store(saved, evidence);

        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("progressUpdate", new Change(null, saved.getId()));
        changes.put("status", new Change(item.getStatus(), request.status()));
        changes.put("progress", new Change(item.getProgress(), request.progress()));
        changes.put("extensionRequested", new Change(null, request.extensionDueDate()));
        changes.put("evidence", new Change(null, evidence.isEmpty() ? null
                : evidence.stream().map(CheckedEvidence::fileName).collect(Collectors.joining(", "))));
        audit.changed("ACTION_ITEM_PROGRESS", item.getId(), changes);
        item.setStatus(request.status());
        item.setProgress(request.progress());
        items.saveAndFlush(item);
        return saved;
    }

    /**
     * Approves or rejects a pending extension request. On approval the item's due date becomes the requested one and the
     * first agreed date is kept as the original; on rejection nothing about the item changes.
     */
    @PreAuthorize(ActionItemService.EDITORS)
    @Transactional
    public ProgressUpdate decideExtension(long updateId, int expectedVersion, boolean approve, String note) {
        ProgressUpdate update = updates.findWithItemById(updateId)
                .orElseThrow(() -> new BusinessRuleException("error.notFound"));
        if (update.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ProgressUpdate.class, updateId);
        }
        if (!update.hasPendingExtension()) {
            throw new BusinessRuleException("actionItem.error.noPendingExtension");
        }
        String decisionNote = ActionItemRules.optionalText(note, ProgressUpdate.DECISION_NOTE_MAX_LENGTH);
        ActionItem item = update.getItem();
        String by = author().username();
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("extension", new Change(ExtensionDecision.PENDING,
                approve ? ExtensionDecision.APPROVED : ExtensionDecision.REJECTED));
        if (approve) {
            if (!item.getStatus().isOpen()) {
                throw new BusinessRuleException("actionItem.error.closed");
            }
            changes.put("dueDate", new Change(item.getDueDate(), update.getExtensionDueDate()));
            update.decide(ExtensionDecision.APPROVED, by, Instant.now(), decisionNote, item.getDueDate());
            item.extendTo(update.getExtensionDueDate());
            items.saveAndFlush(item);
        } else {
            update.decide(ExtensionDecision.REJECTED, by, Instant.now(), decisionNote, null);
        }
        audit.changed("ACTION_ITEM_EXTENSION", item.getId(), changes);
        return updates.saveAndFlush(update);
    }

    /** Who is writing: a logged-in user with their name and agency, or a system job by its name (demo data). */
    private Author author() {
        if (currentUser.get().isPresent()) {
            User user = userService.findCurrent();
            return new Author(user.getUsername(), user.getFullName(),
                    user.getAgency() == null ? null : user.getAgency().getAbbreviation());
        }
        String name = SecurityContextHolder.getContext().getAuthentication().getName();
        return new Author(name, name, null);
    }

    private record Author(String username, String name, String agency) {
    }

    /** A remark by a coordinator or a liaison of the responsible or a supporting agency; it changes nothing else. */
    @PreAuthorize(ActionItemService.READERS)
    @Transactional
    public Comment comment(long itemId, String text) {
        ActionItem item = items.findDetailedById(itemId).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        permissions.requireCommenter(item);
        String content = ActionItemRules.requiredText(text, Comment.CONTENT_MAX_LENGTH, "actionItem.error.commentRequired");
        Author author = author();
        Comment saved = comments.save(new Comment(item, Instant.now(), author.username(), author.name(),
                author.agency(), content));
        audit.event("ACTION_ITEM_COMMENT", itemId, content);
        return saved;
    }
}
