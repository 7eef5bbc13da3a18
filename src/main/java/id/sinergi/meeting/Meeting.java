package id.sinergi.meeting;

import id.sinergi.agency.Agency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * A coordination meeting (Rapat). Start and end are the wall-clock time at the venue, in {@link #getTimeZone()}
 * (Asia/Jakarta unless set otherwise), so a meeting at 09.00 WITA stays 09.00 whatever the server's zone.
 */
@Entity
@Table(name = "meeting")
public class Meeting {

    public static final int TITLE_MAX_LENGTH = 300;
    public static final int VENUE_MAX_LENGTH = 300;
    public static final int ONLINE_LINK_MAX_LENGTH = 500;
    public static final int PERSON_NAME_MAX_LENGTH = 120;
    public static final int POSITION_MAX_LENGTH = 200;
    public static final String DEFAULT_TIME_ZONE = "Asia/Jakarta";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MeetingKind kind;

    @NotBlank(message = "{validation.required}")
    @Size(max = TITLE_MAX_LENGTH, message = "{validation.tooLong}")
    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @NotNull(message = "{validation.required}")
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @NotNull(message = "{validation.required}")
    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @NotNull(message = "{validation.required}")
    @Column(name = "time_zone", nullable = false, length = 40)
    private String timeZone = DEFAULT_TIME_ZONE;

    @Size(max = VENUE_MAX_LENGTH, message = "{validation.tooLong}")
    @Column(length = VENUE_MAX_LENGTH)
    private String venue;

    @Size(max = ONLINE_LINK_MAX_LENGTH, message = "{validation.tooLong}")
    @Column(name = "online_link", length = ONLINE_LINK_MAX_LENGTH)
    private String onlineLink;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organizer_id", nullable = false)
    private Agency organizer;

    @Size(max = PERSON_NAME_MAX_LENGTH, message = "{validation.tooLong}")
    @Column(name = "chair_name", length = PERSON_NAME_MAX_LENGTH)
    private String chairName;

    @Size(max = POSITION_MAX_LENGTH, message = "{validation.tooLong}")
    @Column(name = "chair_position", length = POSITION_MAX_LENGTH)
    private String chairPosition;

    @Size(max = PERSON_NAME_MAX_LENGTH, message = "{validation.tooLong}")
    @Column(name = "minute_taker", length = PERSON_NAME_MAX_LENGTH)
    private String minuteTaker;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_id")
    private Meeting previous;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingStatus status = MeetingStatus.DRAFT;

    protected Meeting() {
    }

    public Meeting(MeetingKind kind, String title, LocalDateTime startsAt, LocalDateTime endsAt, Agency organizer) {
        this.kind = kind;
        this.title = title;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.organizer = organizer;
    }

    /** A new draft for the "new meeting" form: a Rakor, tomorrow 09.00-12.00 Jakarta time. */
    public static Meeting blank(Agency organizer) {
        LocalDateTime nine = LocalDateTime.now(ZoneId.of(DEFAULT_TIME_ZONE)).toLocalDate().plusDays(1).atTime(9, 0);
        return new Meeting(MeetingKind.RAKOR_LINTAS_SEKTORAL, null, nine, nine.plusHours(3), organizer);
    }

    /** Empty, or an absolute http(s) address with a host: a {@code javascript:} link is never stored. */
    public static boolean isValidOnlineLink(String link) {
        if (link == null || link.isBlank()) {
            return true;
        }
        try {
            URI uri = new URI(link.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
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

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public Agency getOrganizer() {
        return organizer;
    }

    public void setOrganizer(Agency organizer) {
        this.organizer = organizer;
    }

    public String getChairName() {
        return chairName;
    }

    public void setChairName(String chairName) {
        this.chairName = chairName;
    }

    public String getChairPosition() {
        return chairPosition;
    }

    public void setChairPosition(String chairPosition) {
        this.chairPosition = chairPosition;
    }

    public String getMinuteTaker() {
        return minuteTaker;
    }

    public void setMinuteTaker(String minuteTaker) {
        this.minuteTaker = minuteTaker;
    }

    public Meeting getPrevious() {
        return previous;
    }

    public void setPrevious(Meeting previous) {
        this.previous = previous;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    void setStatus(MeetingStatus status) {
        this.status = status;
    }

    public boolean isFinal() {
        return status == MeetingStatus.FINAL;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Meeting that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return title;
    }
}
