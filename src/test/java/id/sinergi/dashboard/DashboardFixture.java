package id.sinergi.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Known data for dashboard tests, written straight into the tables so a test controls statuses and dates exactly. Each
 * test takes a province of its own that the demo data does not use ({@link #area}), so its figures are exactly its
 * own data: the dashboard filtered to that province shows nothing else.
 */
@Component
public class DashboardFixture {

    private final JdbcClient jdbc;

    DashboardFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A province with a Kanwil, two Kanims under it, a regency agency and two villages. */
    public record Area(String province, long kanwil, long kanimA, long kanimB, long dinas, String villageA,
                       String villageB) {
    }

    public Area area(String province, String name) {
        region(province, name, "PROVINCE", null);
        region(province + ".01", "Kab. Uji " + name, "REGENCY", province);
        region(province + ".01.01", "Kec. Uji " + name, "DISTRICT", province + ".01");
        region(province + ".01.01.2001", "Desa Uji Satu " + name, "VILLAGE", province + ".01.01");
        region(province + ".01.01.2002", "Desa Uji Dua " + name, "VILLAGE", province + ".01.01");
        long kanwil = agency("Kanwil Imigrasi " + name, "IMMIGRATION", null, province);
        office(kanwil, "KANWIL");
        long kanimA = agency("Kanim Uji A " + name, "IMMIGRATION", kanwil, province + ".01");
        office(kanimA, "KANIM");
        long kanimB = agency("Kanim Uji B " + name, "IMMIGRATION", kanwil, province + ".01");
        office(kanimB, "KANIM");
        long dinas = agency("Disnaker Uji " + name, "REGIONAL_GOVERNMENT", null, province + ".01");
        return new Area(province, kanwil, kanimA, kanimB, dinas, province + ".01.01.2001", province + ".01.01.2002");
    }

    public long meeting(long organizer, LocalDateTime startsAt, String status) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into meeting (kind, title, starts_at, ends_at, organizer_id, status)
                values ('RAKOR_LINTAS_SEKTORAL', :title, :start, :end, :organizer, :status)""")
                .param("title", "Rakor uji " + unique()).param("start", startsAt).param("end", startsAt.plusHours(2))
                .param("organizer", organizer).param("status", status).update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * An item agreed in {@code meeting} (and carried over to {@code carriedTo} unless null), without a region of its
     * own: it lies in its agency's province, written here as the application writes it (V0022).
     */
    public long item(long meeting, Long carriedTo, long agency, String status, LocalDate due, LocalDate doneOn) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into action_item (origin_meeting_id, carried_to_meeting_id, item_number, activity, due_date,
                  responsible_agency_id, strategy, status, progress, created_at, done_on, province_code)
                values (:meeting, :carried, 1, :activity, :due, :agency, 'PREVENTION', :status, :progress, :now,
                  :doneOn,
                  (select substring(a.region_code from 1 for 2) from agency a where a.id = :agency))""")
                .param("meeting", meeting).param("carried", carriedTo).param("activity", "Kegiatan uji " + unique())
                .param("due", due).param("agency", agency).param("status", status)
                .param("progress", status.equals("DONE") ? 100 : 0).param("now", java.sql.Timestamp.from(Instant.now()))
                .param("doneOn", doneOn)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public long village(long office, String villageCode) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into desa_binaan (village_code, office_id, program, risk_level, status)
                values (:village, :office, 'DESA_BINAAN_IMIGRASI', 'MEDIUM', 'ACTIVE')""")
                .param("village", villageCode).param("office", office).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void activity(long desaBinaan, LocalDate date, int male, int female) {
        jdbc.sql("""
                insert into village_activity (desa_binaan_id, activity_date, kind, topic, participants_male,
                  participants_female) values (:db, :date, 'SOSIALISASI_PENYULUHAN', 'Sosialisasi uji', :m, :f)""")
                .param("db", desaBinaan).param("date", date).param("m", male).param("f", female).update();
    }

    private void region(String code, String name, String level, String parent) {
        boolean exists = jdbc.sql("select count(*) from region where code = :code").param("code", code)
                .query(Long.class).single() > 0;
        if (!exists) {
            jdbc.sql("insert into region (code, name, level, parent_code) values (:code, :name, :level, :parent)")
                    .param("code", code).param("name", name).param("level", level).param("parent", parent).update();
        }
    }

    private long agency(String name, String category, Long parent, String region) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        String unique = unique();
        jdbc.sql("""
                insert into agency (name, abbreviation, category, parent_id, region_code)
                values (:name, :abbreviation, :category, :parent, :region)""")
                .param("name", name + " " + unique).param("abbreviation", name.substring(0, Math.min(43, name.length()))
                        + " " + unique).param("category", category).param("parent", parent).param("region", region)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private void office(long agency, String kind) {
        jdbc.sql("insert into immigration_office (agency_id, kind) values (:agency, :kind)")
                .param("agency", agency).param("kind", kind).update();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
