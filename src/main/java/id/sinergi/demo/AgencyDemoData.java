package id.sinergi.demo;

import static id.sinergi.agency.AgencyCategory.COMMUNITY;
import static id.sinergi.agency.AgencyCategory.IMMIGRATION;
import static id.sinergi.agency.AgencyCategory.LAW_ENFORCEMENT;
import static id.sinergi.agency.AgencyCategory.MINISTRY;
import static id.sinergi.agency.AgencyCategory.NGO;
import static id.sinergi.agency.AgencyCategory.REGIONAL_GOVERNMENT;
import static id.sinergi.agency.AgencyCategory.VERTICAL_OFFICE;
import static id.sinergi.agency.AgencyCategory.VILLAGE_GOVERNMENT;

import id.sinergi.agency.Agency;
import id.sinergi.agency.AgencyCategory;
import id.sinergi.agency.AgencyService;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Agencies and immigration offices of the real programs in Banten and Kalimantan Barat. */
@Component
class AgencyDemoData implements DemoData {

    private static final LocalDate CABINET_2024 = LocalDate.of(2024, 10, 21);

    private final AgencyService agencyService;

    AgencyDemoData(AgencyService agencyService) {
        this.agencyService = agencyService;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load() {
        LocalDate before = CABINET_2024.minusDays(1);
        add("Kementerian Hukum dan Hak Asasi Manusia", "Kemenkumham", MINISTRY, null, null, null, before);
        add("Badan Pelindungan Pekerja Migran Indonesia", "BP2MI", MINISTRY, null, null, null, before);
        Agency imipas = add("Kementerian Imigrasi dan Pemasyarakatan", "Kemenimipas", MINISTRY, null, null, CABINET_2024, null);
        Agency kemenkum = add("Kementerian Hukum", "Kemenkum", MINISTRY, null, null, CABINET_2024, null);
        add("Kementerian Hak Asasi Manusia", "KemenHAM", MINISTRY, null, null, CABINET_2024, null);
        Agency kp2mi = add("Kementerian Pelindungan Pekerja Migran Indonesia", "KP2MI", MINISTRY, null, null,
                CABINET_2024, null);

        Agency kanwilBanten = add("Kantor Wilayah Direktorat Jenderal Imigrasi Banten", "Kanwil Imigrasi Banten",
                IMMIGRATION, imipas, "36");
        add("Kantor Imigrasi Kelas I TPI Serang", "Kanim Serang", IMMIGRATION, kanwilBanten, "36.73");
        add("Kantor Imigrasi Kelas I TPI Tangerang", "Kanim Tangerang", IMMIGRATION, kanwilBanten, "36.71");
        add("Kantor Imigrasi Kelas II TPI Cilegon", "Kanim Cilegon", IMMIGRATION, kanwilBanten, "36.72");
        Agency kanwilKalbar = add("Kantor Wilayah Direktorat Jenderal Imigrasi Kalimantan Barat",
                "Kanwil Imigrasi Kalbar", IMMIGRATION, imipas, "61");
        add("Kantor Imigrasi Kelas I TPI Pontianak", "Kanim Pontianak", IMMIGRATION, kanwilKalbar, "61.71");
        add("Kantor Imigrasi Kelas II Non TPI Sambas", "Kanim Sambas", IMMIGRATION, kanwilKalbar, "61.01");
        add("Rumah Detensi Imigrasi Pontianak", "Rudenim Pontianak", IMMIGRATION, kanwilKalbar, "61.71");

        add("Kantor Wilayah Kementerian Hukum Banten", "Kanwil Kemenkum Banten", VERTICAL_OFFICE, kemenkum, "36");
        add("Balai Pelayanan Pelindungan Pekerja Migran Indonesia Banten", "BP3MI Banten", VERTICAL_OFFICE, kp2mi, "36");
        add("Kepolisian Daerah Banten", "Polda Banten", LAW_ENFORCEMENT, null, "36");
        add("Kepolisian Resor Serang", "Polres Serang", LAW_ENFORCEMENT, null, "36.04");
        Agency pemkab = add("Pemerintah Kabupaten Serang", "Pemkab Serang", REGIONAL_GOVERNMENT, null, "36.04");
        add("Dinas Tenaga Kerja dan Transmigrasi Kabupaten Serang", "Disnakertrans Kab. Serang",
                REGIONAL_GOVERNMENT, pemkab, "36.04");
        add("Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Serang", "DP3A Kab. Serang",
                REGIONAL_GOVERNMENT, pemkab, "36.04");
        add("Pemerintah Desa Pontang", "Pemdes Pontang", VILLAGE_GOVERNMENT, pemkab, "36.04.12.2001");
        add("Pemerintah Desa Tirtayasa", "Pemdes Tirtayasa", VILLAGE_GOVERNMENT, pemkab, "36.04.13.2001");
        add("Pemerintah Desa Tanara", "Pemdes Tanara", VILLAGE_GOVERNMENT, pemkab, "36.04.14.2001");
        add("Pemerintah Desa Lontar", "Pemdes Lontar", VILLAGE_GOVERNMENT, pemkab, "36.04.13.2007");
        add("Lembaga Swadaya Masyarakat Peduli Buruh Migran Banten", "LSM Peduli Migran", NGO, null, "36");
        add("Forum Tokoh Masyarakat dan Tokoh Agama Kecamatan Tirtayasa", "FTM Tirtayasa", COMMUNITY, null, "36.04.13");
    }

    private Agency add(String name, String abbreviation, AgencyCategory category, Agency parent, String region) {
        return add(name, abbreviation, category, parent, region, null, null);
    }

    private Agency add(String name, String abbreviation, AgencyCategory category, Agency parent, String region,
                       LocalDate validFrom, LocalDate validTo) {
        Agency agency = new Agency(name, abbreviation, category);
        agency.setParent(parent);
        agency.setRegionCode(region);
        agency.setValidFrom(validFrom);
        agency.setValidTo(validTo);
        return agencyService.createBySystem(agency);
    }
}
