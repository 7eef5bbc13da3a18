package id.sinergi.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** One item of a meeting's agenda (Agenda), in the order of the meeting. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

    public static final int TITLE_MAX_LENGTH = 300;
    public static final int PRESENTER_MAX_LENGTH = 200;
    /** About ten printed pages of discussion notes per item. */
    public static final int DISCUSSION_MAX_LENGTH = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @NotBlank(message = "{validation.required}")
    @Size(max = TITLE_MAX_LENGTH, message = "{validation.tooLong}")
    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Size(max = PRESENTER_MAX_LENGTH, message = "{validation.tooLong}")
    @Column(length = PRESENTER_MAX_LENGTH)
    private String presenter;

    @Size(max = DISCUSSION_MAX_LENGTH, message = "{validation.tooLong}")
    @Column(length = DISCUSSION_MAX_LENGTH)
    private String discussion;

    protected AgendaItem() {
    }

    public AgendaItem(String title, String presenter, String discussion) {
        this.title = title;
        this.presenter = presenter;
        this.discussion = discussion;
    }

    /** A blank item for the "add agenda item" form. */
    public static AgendaItem blank() {
        return new AgendaItem();
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public boolean isNew() {
        return id == null;
    }

    Meeting getMeeting() {
        return meeting;
    }

    void setMeeting(Meeting meeting) {
        this.meeting = meeting;
    }

    /** 1-based number within the meeting. */
    public int getSortOrder() {
        return sortOrder;
    }

    void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPresenter() {
        return presenter;
    }

    public void setPresenter(String presenter) {
        this.presenter = presenter;
    }

    public String getDiscussion() {
        return discussion;
    }

    public void setDiscussion(String discussion) {
        this.discussion = discussion;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof AgendaItem that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return sortOrder + ". " + title;
    }
}
