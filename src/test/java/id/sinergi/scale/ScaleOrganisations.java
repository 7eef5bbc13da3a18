package id.sinergi.scale;

import static id.sinergi.scale.IndonesianNames.person;
import static id.sinergi.scale.IndonesianNames.pick;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Kanwil (one per province, 33), immigration offices and Rudenim (150), other agencies (600), officers, accounts, and
 * 2,000 fostered villages with 50,000 activities, all in the regions already imported. Ids are given explicitly.
 */
final class ScaleOrganisations {

    record Place(String code, String name) {
    }

    static final int KANWIL = 33;
    static final int OFFICES = 150;
    static final int AGENCIES = 600;
    static final int VILLAGES = 2_000;
    static final int ACTIVITIES_PER_VILLAGE = 25;
    static final int LIAISONS = 300;
    private static final String[] OTHER_AGENCIES = {"Dinas Tenaga Kerja dan Transmigrasi|Disnakertrans|REGIONAL_GOVERNMENT",
            "Dinas Sosial|Dinsos|REGIONAL_GOVERNMENT", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak|DP3A|REGIONAL_GOVERNMENT",
            "Kepolisian Resor|Polres|LAW_ENFORCEMENT", "Dinas Kependudukan dan Pencatatan Sipil|Disdukcapil|REGIONAL_GOVERNMENT",
            "Lembaga Perlindungan Pekerja Migran|LPPM|NGO", "Forum Tokoh Masyarakat|FTM|COMMUNITY",
            "Kejaksaan Negeri|Kejari|LAW_ENFORCEMENT"};

    final List<Place> provinces = new ArrayList<>();
    final List<Place> regencies = new ArrayList<>();
    final List<Long> agencyIds = new ArrayList<>();
    /** Each agency's region code (null for a national one), for the province of the items it is responsible for. */
    final Map<Long, String> agencyRegions = new HashMap<>();
    final List<String> liaisonUsernames = new ArrayList<>();
    private final Connection connection;
    private final Random random;
    private long nextAgencyId = 100_000;

    ScaleOrganisations(Connection connection, Random random) throws SQLException {
        this.connection = connection;
        this.random = random;
        load("select code, name from region where level = 'PROVINCE' order by code", provinces);
        load("select code, name from region where level in ('REGENCY', 'CITY') order by code", regencies);
        if (provinces.size() < KANWIL) {
            throw new IllegalStateException("Import the national region list first (found " + provinces.size()
                    + " provinces)");
        }
    }

    private void load(String sql, List<Place> into) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                into.add(new Place(rows.getString(1), rows.getString(2)));
            }
        }
    }

    List<Place> regenciesOf(Place province) {
        return regencies.stream().filter(r -> r.code().startsWith(province.code() + ".")).toList();
    }

    /** Kanwil and offices with their working areas; returns the office ids (for Desa Binaan). */
    List<Long> offices() throws SQLException {
        List<Long> offices = new ArrayList<>();
        try (BulkWriter agency = agencyWriter();
             BulkWriter office = agency.child("immigration_office", "agency_id", "kind", "office_class");
             BulkWriter area = office.child("office_working_area", "office_id", "region_code")) {
            List<Long> kanwil = new ArrayList<>();
            for (int i = 0; i < KANWIL; i++) {
                Place province = provinces.get(i);
                long id = agency(agency, "Kantor Wilayah Kementerian Imigrasi dan Pemasyarakatan " + province.name(),
                        "Kanwil Imigrasi " + province.name(), "IMMIGRATION", null, province.code());
                office.row(id, "KANWIL", null);
                kanwil.add(id);
            }
            for (int i = 0; i < OFFICES; i++) {
                Place province = provinces.get(i % KANWIL);
                List<Place> areas = regenciesOf(province);
                Place seat = areas.get((i / KANWIL) % areas.size());
                boolean rudenim = i % 10 == 9;
                String town = seat.name().replace("Kabupaten ", "").replace("Kota ", "");
                long id = agency(agency, (rudenim ? "Rumah Detensi Imigrasi " : "Kantor Imigrasi ") + town,
                        (rudenim ? "Rudenim " : "Kanim ") + town, "IMMIGRATION", kanwil.get(i % KANWIL), seat.code());
                office.row(id, rudenim ? "RUDENIM" : "KANIM", rudenim ? null : pick(random, List.of("KELAS_I_TPI",
                        "KELAS_I_NON_TPI", "KELAS_II_TPI", "KELAS_II_NON_TPI", "KELAS_III")));
                for (int a = 0; a < Math.min(3, areas.size()); a++) {
                    area.row(id, areas.get(((i / KANWIL) + a) % areas.size()).code());
                }
                offices.add(id);
            }
        }
        return offices;
    }

    void otherAgencies() throws SQLException {
        try (BulkWriter agency = agencyWriter()) {
            for (int i = 0; i < AGENCIES; i++) {
                Place regency = regencies.get((i * 7919) % regencies.size());
                String[] kind = OTHER_AGENCIES[i % OTHER_AGENCIES.length].split("\\|");
                String town = regency.name().replace("Kabupaten ", "Kab. ");
                String shortTown = town.length() > 30 ? town.substring(0, 30) : town;
                agency(agency, kind[0] + " " + town, kind[1] + " " + shortTown + " " + (i + 1), kind[2], null,
                        regency.code());
            }
        }
    }

    private BulkWriter agencyWriter() throws SQLException {
        return BulkWriter.open(connection, "agency", "id", "version", "name", "abbreviation", "category", "parent_id",
                "region_code", "valid_from");
    }

    private long agency(BulkWriter writer, String name, String abbreviation, String category, Long parent, String region)
            throws SQLException {
        long id = nextAgencyId++;
        writer.row(id, 0, name, abbreviation, category, parent, region, LocalDate.of(2015, 1, 1));
        agencyIds.add(id);
        agencyRegions.put(id, region);
        return id;
    }

    /** Two officers per office (the Pimpasa), a coordinator, a leader and {@value #LIAISONS} liaisons. */
    void officersAndUsers(List<Long> offices, String passwordHash) throws SQLException {
        try (BulkWriter officer = BulkWriter.open(connection, "officer", "id", "version", "name", "nip", "position_title",
                "agency_id", "active");
             BulkWriter user = BulkWriter.open(connection, "app_user", "version", "username", "full_name",
                     "password_hash", "role", "agency_id", "enabled", "must_change_password", "preferred_language",
                     "created_at")) {
            for (int i = 0; i < offices.size() * 2; i++) {
                String nip = String.format("19%02d%02d%02d20%02d%02d1%03d", 70 + i % 25, 1 + i % 12, 1 + i % 28,
                        5 + i % 15, 1 + i % 12, i % 1000);
                officer.row(200_000L + i, 0, person(random), nip, pick(random, IndonesianNames.POSITIONS),
                        offices.get(i / 2), true);
            }
            LocalDateTime created = LocalDateTime.of(2025, 1, 6, 8, 0);
            user.row(0, "koordinator.skala", person(random), passwordHash, "COORDINATOR", offices.get(0), true, false, "id",
                    created);
            user.row(0, "pimpinan.skala", person(random), passwordHash, "LEADERSHIP", null, true, false, "id", created);
            for (int i = 1; i <= LIAISONS; i++) {
                String username = String.format("penghubung.%03d", i);
                user.row(0, username, person(random), passwordHash, "LIAISON", agencyIds.get(i % agencyIds.size()), true,
                        false, i % 5 == 0 ? "en" : "id", created);
                liaisonUsernames.add(username);
            }
        }
    }

    void desaBinaan(List<Long> offices) throws SQLException {
        List<String> villages = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                "select code from region where level in ('DESA', 'KELURAHAN') order by code")) {
            while (rows.next()) {
                villages.add(rows.getString(1));
            }
        }
        try (BulkWriter desa = BulkWriter.open(connection, "desa_binaan", "id", "version", "village_code", "office_id",
                "program", "sk_number", "sk_date", "inauguration_date", "reason", "risk_level", "status");
             BulkWriter pimpasa = desa.child("desa_binaan_pimpasa", "desa_binaan_id", "officer_id");
             BulkWriter activity = desa.child("village_activity", "id", "version", "desa_binaan_id",
                     "activity_date", "kind", "topic", "participants_male", "participants_female", "findings")) {
            long activityId = 1;
            for (int i = 0; i < VILLAGES; i++) {
                long id = i + 1;
                int office = i % offices.size();
                LocalDate sk = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(2_200));
                desa.row(id, 0, villages.get((i * 41) % villages.size()), offices.get(office),
                        i % 7 == 0 ? "DESA_MIGRAN_EMAS" : "DESA_BINAAN_IMIGRASI", "SK-" + (1000 + i) + "/IMI/" + sk.getYear(),
                        sk, sk.plusDays(20), pick(random, List.of("HIGH_MIGRATION", "BORDER_AREA", "TPPO_CASES")),
                        pick(random, List.of("LOW", "MEDIUM", "HIGH")), i % 20 == 0 ? "PROPOSED" : "ACTIVE");
                pimpasa.row(id, 200_000L + office * 2L + (i % 2));
                for (int a = 0; a < ACTIVITIES_PER_VILLAGE; a++) {
                    activity.row(activityId++, 0, id, sk.plusDays(30L + a * 40L + random.nextInt(30)),
                            pick(random, List.of("SOSIALISASI_PENYULUHAN", "VISIT", "COORDINATION", "EARLY_WARNING")),
                            pick(random, IndonesianNames.TOPICS), 5 + random.nextInt(60), 5 + random.nextInt(60),
                            "Warga menanyakan prosedur resmi bekerja ke luar negeri.");
                }
            }
        }
    }
}
