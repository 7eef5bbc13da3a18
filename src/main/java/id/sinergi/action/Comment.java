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
import java.time.Instant;
import java.util.Objects;

/** A remark on an action item, e.g. by a supporting agency's liaison, who may comment but not change the item. */
@Entity
@Table(name = "action_item_comment")
public class Comment {

    public static final int CONTENT_MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_item_id", nullable = false, updatable = false)
    private ActionItem item;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "author_username", nullable = false, length = 50, updatable = false)
    private String authorUsername;

    @Column(name = "author_name", nullable = false, length = 120, updatable = false)
    private String authorName;

    @Column(name = "author_agency", length = 50, updatable = false)
    private String authorAgency;

    @Column(nullable = false, length = CONTENT_MAX_LENGTH, updatable = false)
    private String content;

    protected Comment() {
    }

    Comment(ActionItem item, Instant createdAt, String authorUsername, String authorName, String authorAgency,
            String content) {
        this.item = item;
        this.createdAt = createdAt;
        this.authorUsername = authorUsername;
        this.authorName = authorName;
        this.authorAgency = authorAgency;
        this.content = content;
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getAuthorUsername() {
        return authorUsername;
    }

    public String getAuthorName() {
        return authorName;
    }

    /** The abbreviation of the author's agency at the time, if any. */
    public String getAuthorAgency() {
        return authorAgency;
    }

    public String getContent() {
        return content;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Comment that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
