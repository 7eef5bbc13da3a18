package id.sinergi.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import id.sinergi.action.Comment;
import id.sinergi.action.ProgressService;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.ui.Notifications;

/** Remarks on the item; the agencies of the item and coordinators may add one (it changes nothing else). */
class CommentsPanel extends Div {

    final TextArea text = new TextArea();
    final Button send = new Button();

    CommentsPanel(long itemId, boolean mayComment, ProgressService progressService, Runnable onChanged) {
        setId("comments");
        add(new H3(getTranslation("itemComments.title")));
        var comments = progressService.commentsOf(itemId);
        if (comments.isEmpty()) {
            add(new Paragraph(getTranslation("itemComments.none")));
        }
        for (Comment comment : comments) {
            String agency = comment.getAuthorAgency() == null ? "" : " (" + comment.getAuthorAgency() + ")";
            Span meta = new Span(ActionItemFormat.dateTime(comment.getCreatedAt(), getLocale()) + " — "
                    + comment.getAuthorName() + agency);
            meta.addClassName("sinergi-meta");
            Div entry = new Div(meta, new Paragraph(comment.getContent()));
            entry.addClassName("sinergi-comment");
            add(entry);
        }
        if (!mayComment) {
            return;
        }
        text.setLabel(getTranslation("itemComments.new"));
        text.setMaxLength(Comment.CONTENT_MAX_LENGTH);
        text.setWidthFull();
        text.setId("comment-text");
        send.setText(getTranslation("itemComments.send"));
        send.setId("comment-send");
        send.addClickListener(e -> {
            try {
                progressService.comment(itemId, text.getValue());
                Notifications.showSuccess(getTranslation("itemComments.sent"));
                onChanged.run();
            } catch (BusinessRuleException ex) {
                Notifications.showError(ex);
            }
        });
        add(text, send);
    }
}
