package id.sinergi.scale;

import static id.sinergi.scale.IndonesianNames.pick;

import id.sinergi.action.ActionItemWords;
import id.sinergi.region.RegionLevel;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

/**
 * Meetings (20,000 from 2019 on), their action items (50 each: 1,000,000) with their words (the text filter's index),
 * one supporting agency on every other item and three progress updates per item (3,000,000). Past items are mostly done, some overdue; future ones open.
 */
final class ScaleActionItems {

    /** 20,000 unless {@code -Dscale.meetings} says otherwise (items are 50 per meeting). */
    static final int MEETINGS = Integer.getInteger("scale.meetings", 20_000);
    static final int ITEMS_PER_MEETING = 50;
    static final int UPDATES_PER_ITEM = 3;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDateTime FIRST_MEETING = LocalDateTime.of(2019, 1, 7, 9, 0);
    private static final String[] KINDS = {"RAKOR_LINTAS_SEKTORAL", "GUGUS_TUGAS_TPPO", "TIMPORA", "OTHER"};
    private static final String[] STRATEGIES = {"PREVENTION", "REHABILITATION", "RETURN_REINTEGRATION", "LEGAL_NORMS",
            "LAW_ENFORCEMENT", "COORDINATION_COOPERATION"};
    private static final String[] KIND_TITLES = {"Rapat Koordinasi Lintas Sektoral Pencegahan TPPO",
            "Rapat Gugus Tugas TPPO", "Rapat Tim Pengawasan Orang Asing (TIMPORA)", "Rapat Evaluasi Perlindungan PMI"};

    private final Connection connection;
    private final Random random;
    private final ScaleOrganisations organisations;

    ScaleActionItems(Connection connection, Random random, ScaleOrganisations organisations) {
        this.connection = connection;
        this.random = random;
        this.organisations = organisations;
    }

    void meetings() throws SQLException {
        List<Long> agencies = organisations.agencyIds;
        try (BulkWriter meeting = BulkWriter.open(connection, "meeting", "id", "version", "kind", "title", "starts_at",
                "ends_at", "time_zone", "venue", "organizer_id", "chair_name", "chair_position", "minute_taker", "status")) {
            for (int i = 0; i < MEETINGS; i++) {
                LocalDateTime start = start(i);
                long organizer = agencies.get(i % agencies.size());
                var place = organisations.regencies.get((i * 31) % organisations.regencies.size());
                String status = start.toLocalDate().isAfter(TODAY) ? "SCHEDULED" : i % 10 == 0 ? "HELD" : "FINAL";
                meeting.row(i + 1L, 0, KINDS[i % 4], KIND_TITLES[i % 4] + " " + place.name() + " ke-" + (i / 4 + 1),
                        start, start.plusHours(3), "Asia/Jakarta", "Aula " + place.name(), organizer,
                        IndonesianNames.person(random), "Kepala Kantor", IndonesianNames.person(random), status);
            }
        }
    }

    /** Meetings spread evenly from January 2019 to the end of 2026 (about seven per day). */
    private static LocalDateTime start(int meeting) {
        return FIRST_MEETING.plusMinutes(meeting * 210L);
    }

    void itemsAndUpdates(Progress progress) throws SQLException {
        List<Long> agencies = organisations.agencyIds;
        List<String> authors = organisations.liaisonUsernames;
        long itemId = 1;
        long updateId = 1;
        try (BulkWriter item = BulkWriter.open(connection, "action_item", "id", "version", "origin_meeting_id",
                "item_number", "activity", "output_indicator", "target_amount", "target_unit", "due_date",
                "responsible_agency_id", "budget_source", "budget_amount", "strategy", "region_code", "status",
                "progress", "notes", "created_at", "province_code");
             BulkWriter supporting = item.child("action_item_supporting_agency", "action_item_id", "agency_id");
             BulkWriter words = item.child("action_item_word", "word", "item_id", "due_date", "status",
                     "strategy");
             BulkWriter update = item.child("progress_update", "id", "version", "action_item_id",
                     "created_at", "author_username", "author_name", "status", "progress", "narrative")) {
            for (int m = 0; m < MEETINGS; m++) {
                LocalDateTime held = start(m);
                for (int n = 1; n <= ITEMS_PER_MEETING; n++, itemId++) {
                    LocalDate due = held.toLocalDate().plusDays(30 + random.nextInt(335));
                    String status = status(due);
                    int percent = switch (status) {
                        case "DONE" -> 100;
                        case "NOT_STARTED" -> 0;
                        default -> 10 * (1 + random.nextInt(9));
                    };
                    long responsible = agencies.get(random.nextInt(agencies.size()));
                    var region = random.nextInt(5) == 0 ? null
                            : organisations.regencies.get(random.nextInt(organisations.regencies.size())).code();
                    String activity = pick(random, IndonesianNames.ACTIVITIES) + " (" + n + ")";
                    String output = pick(random, IndonesianNames.OUTPUTS);
                    String strategy = STRATEGIES[random.nextInt(6)];
                    item.row(itemId, 0, m + 1L, n, activity, output, 1 + random.nextInt(200), pick(random,
                                    IndonesianNames.UNITS), due, responsible, random.nextBoolean() ? "APBN" : "APBD",
                            (long) (random.nextInt(500) + 1) * 1_000_000, strategy, region, status, percent, null,
                            held.plusHours(4), RegionLevel.provinceOf(region != null ? region
                                    : organisations.agencyRegions.get(responsible)));
                    for (String word : ActionItemWords.of(activity, output)) {
                        words.row(word, itemId, due, status, strategy);
                    }
                    if (itemId % 2 == 0) {
                        supporting.row(itemId, agencies.get((int) ((responsible + 1 + itemId) % agencies.size())));
                    }
                    for (int u = 1; u <= UPDATES_PER_ITEM; u++) {
                        LocalDateTime at = held.plusDays(u * 10L + random.nextInt(9)).plusHours(u);
                        String author = authors.get(random.nextInt(authors.size()));
                        boolean last = u == UPDATES_PER_ITEM;
                        update.row(updateId++, 0, itemId, at, author, "Penghubung " + author.substring(11),
                                last ? status : "IN_PROGRESS", last ? percent : Math.min(percent, u * 25),
                                pick(random, IndonesianNames.NARRATIVES));
                    }
                }
                if ((m + 1) % 2_000 == 0) {
                    progress.report(itemId - 1, updateId - 1);
                }
            }
        }
    }

    private String status(LocalDate due) {
        int dice = random.nextInt(100);
        if (due.isBefore(TODAY)) {
            return dice < 70 ? "DONE" : dice < 80 ? "CANCELLED" : dice < 90 ? "IN_PROGRESS" : "NOT_STARTED";
        }
        return dice < 50 ? "IN_PROGRESS" : dice < 95 ? "NOT_STARTED" : "DONE";
    }

    interface Progress {
        void report(long items, long updates);
    }
}
