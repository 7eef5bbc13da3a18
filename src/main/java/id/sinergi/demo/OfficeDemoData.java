package id.sinergi.demo;

import static id.sinergi.agency.OfficeClass.KELAS_I_TPI;
import static id.sinergi.agency.OfficeClass.KELAS_II_NON_TPI;
import static id.sinergi.agency.OfficeClass.KELAS_II_TPI;
import static id.sinergi.agency.OfficeKind.KANIM;
import static id.sinergi.agency.OfficeKind.KANWIL;
import static id.sinergi.agency.OfficeKind.RUDENIM;

import id.sinergi.agency.Agency;
import id.sinergi.agency.AgencyService;
import id.sinergi.agency.ImmigrationOfficeService;
import id.sinergi.agency.OfficeClass;
import id.sinergi.agency.OfficeKind;
import id.sinergi.agency.Officer;
import id.sinergi.agency.OfficerService;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Kinds, classes and working areas of the demo immigration offices, and a few officers (invented people). */
@Component
class OfficeDemoData implements DemoData {

    private final AgencyService agencyService;
    private final ImmigrationOfficeService officeService;
    private final OfficerService officerService;

    OfficeDemoData(AgencyService agencyService, ImmigrationOfficeService officeService, OfficerService officerService) {
        this.agencyService = agencyService;
        this.officeService = officeService;
        this.officerService = officerService;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load() {
        office("Kanwil Imigrasi Banten", KANWIL, null);
        office("Kanim Serang", KANIM, KELAS_I_TPI, "36.04", "36.73", "36.01", "36.02");
        office("Kanim Tangerang", KANIM, KELAS_I_TPI, "36.03", "36.71", "36.74");
        office("Kanim Cilegon", KANIM, KELAS_II_TPI, "36.72");
        office("Kanwil Imigrasi Kalbar", KANWIL, null);
        office("Kanim Pontianak", KANIM, KELAS_I_TPI, "61.71", "61.02", "61.12");
        office("Kanim Sambas", KANIM, KELAS_II_NON_TPI, "61.01", "61.07");
        office("Rudenim Pontianak", RUDENIM, null, "61.71");

        officer("Kanim Serang", "Dimas Prasetyo", "198703142010121002", "Kepala Seksi Intelijen dan Penindakan Keimigrasian",
                "+62 812 8800 1101", "dimas.prasetyo@imigrasi-serang.example.id");
        officer("Kanim Serang", "Nurul Aini", "199108252015032001", "Analis Keimigrasian Ahli Pertama",
                "0812 8800 1102", "nurul.aini@imigrasi-serang.example.id");
        officer("Kanim Serang", "Yusuf Maulana", "199404102018011003", "Pemeriksa Keimigrasian",
                "0812 8800 1103", null);
        officer("Kanim Sambas", "Fransiskus Ajun", "198812012011011004", "Kepala Subseksi Pengawasan Keimigrasian",
                "+62 813 4500 2201", "f.ajun@imigrasi-sambas.example.id");
        officer("Kanim Sambas", "Rahmawati Lestari", "199302172019022002", "Analis Keimigrasian Ahli Pertama",
                "0813 4500 2202", null);
        officer("Kanwil Imigrasi Banten", "Bambang Sutrisno", "197605092000031005", "Kepala Bidang Intelijen dan Penindakan",
                "0811 1200 3301", "b.sutrisno@kanwil-banten.example.id");
        officer("Kanwil Imigrasi Banten", "Indah Permatasari", "198911302014022001", "Analis Kebijakan Ahli Muda",
                "0811 1200 3302", null);
        officer("Disnakertrans Kab. Serang", "Ahmad Fauzi", "198106222006041007", "Kepala Bidang Penempatan Tenaga Kerja",
                "0821 1300 4401", "ahmad.fauzi@disnaker-serangkab.example.id");
        officer("Disnakertrans Kab. Serang", "Lina Marlina", "199005152017032001", "Pengantar Kerja Ahli Pertama",
                "0821 1300 4402", null);
    }

    private void office(String abbreviation, OfficeKind kind, OfficeClass officeClass, String... workingArea) {
        officeService.defineBySystem(agency(abbreviation).getId(), kind, officeClass, Set.of(workingArea));
    }

    private void officer(String agency, String name, String nip, String position, String phone, String email) {
        Officer officer = new Officer(name, nip, agency(agency));
        officer.setPosition(position);
        officer.setPhone(phone);
        officer.setEmail(email);
        officerService.createBySystem(officer);
    }

    private Agency agency(String abbreviation) {
        return agencyService.findByAbbreviation(abbreviation).orElseThrow();
    }
}
