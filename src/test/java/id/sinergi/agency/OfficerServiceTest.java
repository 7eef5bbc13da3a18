package id.sinergi.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.SinergiSpringTest;
import id.sinergi.audit.AuditService;
import id.sinergi.base.FieldRuleException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@SinergiSpringTest
class OfficerServiceTest {

    /** Distinct sequence numbers keep the NIPs of this class unique within the shared database. */
    private static final AtomicInteger SEQUENCE = new AtomicInteger(500);

    @Autowired
    OfficerService officerService;
    @Autowired
    AgencyService agencyService;
    @Autowired
    AuditService audit;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void logout() {
        Logins.clear();
    }

    private static String uniqueNip() {
        return "197907072005012" + SEQUENCE.incrementAndGet();
    }

    private Officer newOfficer(String name, String agency) {
        return new Officer(name, uniqueNip(), agencyService.findByAbbreviation(agency).orElseThrow());
    }

    @Test
    void demo_officers_are_found_by_name_nip_position_and_agency() {
        assertThat(officerService.search("nurul", PageRequest.of(0, 10))).extracting(Officer::getName)
                .containsExactly("Nurul Aini");
        assertThat(officerService.search("199108252015032001", PageRequest.of(0, 10))).extracting(Officer::getName)
                .containsExactly("Nurul Aini");
        assertThat(officerService.search("pengantar kerja", PageRequest.of(0, 10))).extracting(Officer::getName)
                .containsExactly("Lina Marlina");
        assertThat(officerService.search("Kanim Sambas", PageRequest.of(0, 10))).extracting(Officer::getName)
                .contains("Fransiskus Ajun", "Rahmawati Lestari");
    }

    @Test
    void officers_of_an_office_are_its_active_officers_by_name() {
        long kanimSerang = agencyService.findByAbbreviation("Kanim Serang").orElseThrow().getId();
        assertThat(officerService.officersOf(kanimSerang)).extracting(Officer::getName)
                .contains("Dimas Prasetyo", "Nurul Aini", "Yusuf Maulana").isSorted();
        assertThat(officerService.officersOf(kanimSerang)).allMatch(o -> o.getAgency().getId() == kanimSerang)
                .allMatch(Officer::isActive);
    }

    @Test
    void coordinator_adds_an_officer_and_the_change_is_audited() {
        Logins.as(users, "koordinator");
        Officer saved = officerService.save(newOfficer("Teguh Wibisono", "Kanim Cilegon"));
        assertThat(officerService.findById(saved.getId())).hasValueSatisfying(o -> {
            assertThat(o.getName()).isEqualTo("Teguh Wibisono");
            assertThat(o.getAgency().getAbbreviation()).isEqualTo("Kanim Cilegon");
        });
        assertThat(audit.history("Officer", saved.getId())).extracting(e -> e.getAction() + " " + e.getUsername())
                .containsExactly("OFFICER_CREATE koordinator");
    }

    @Test
    void liaison_and_leadership_cannot_change_officers_and_nothing_changes() {
        Logins.as(users, "admin");
        Officer saved = officerService.save(newOfficer("Sari Handayani", "Kanim Serang"));
        for (String reader : new String[] {"penghubung.imigrasi", "penghubung.disnaker", "pimpinan"}) {
            Logins.as(users, reader);
            Officer edited = officerService.findById(saved.getId()).orElseThrow();
            edited.setPosition("Diubah oleh " + reader);
            assertThatThrownBy(() -> officerService.save(edited)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> officerService.save(newOfficer("Tidak Boleh", "Kanim Serang")))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(officerService.findById(saved.getId()).orElseThrow().getPosition()).isNull();
        assertThat(officerService.search("Tidak Boleh", PageRequest.of(0, 5))).isEmpty();
    }

    @Test
    void an_invalid_or_taken_nip_is_refused_at_the_nip_field() {
        Logins.as(users, "koordinator");
        Officer badDate = newOfficer("Tanggal Salah", "Kanim Serang");
        badDate.setNip("198513122010121001");
        assertThatThrownBy(() -> officerService.save(badDate)).isInstanceOfSatisfying(FieldRuleException.class, e -> {
            assertThat(e.field()).isEqualTo("nip");
            assertThat(e.messageKey()).isEqualTo("officer.nip.error.birthDate");
        });
        Officer taken = newOfficer("NIP Kembar", "Kanim Serang");
        taken.setNip("199108252015032001");
        assertThatThrownBy(() -> officerService.save(taken)).isInstanceOfSatisfying(FieldRuleException.class, e -> {
            assertThat(e.field()).isEqualTo("nip");
            assertThat(e.messageKey()).isEqualTo("officer.error.nipTaken");
            assertThat(e.arguments()).containsExactly("Nurul Aini");
        });
        assertThat(officerService.search("Tanggal Salah", PageRequest.of(0, 5))).isEmpty();
        assertThat(officerService.search("NIP Kembar", PageRequest.of(0, 5))).isEmpty();
    }

    @Test
    void an_officer_without_nip_is_allowed_but_phone_and_email_are_checked() {
        Logins.as(users, "koordinator");
        Officer police = new Officer("Aiptu Joko Susilo", null,
                agencyService.findByAbbreviation("Polres Serang").orElseThrow());
        police.setPhone("0812-3456");
        assertThatThrownBy(() -> officerService.save(police)).isInstanceOfSatisfying(FieldRuleException.class,
                e -> assertThat(e.field() + " " + e.messageKey()).isEqualTo("phone officer.error.phone"));
        police.setPhone("+62 812 3456 7890");
        police.setEmail("joko.susilo@polri");
        assertThatThrownBy(() -> officerService.save(police)).isInstanceOfSatisfying(FieldRuleException.class,
                e -> assertThat(e.field() + " " + e.messageKey()).isEqualTo("email officer.error.email"));
        police.setEmail("joko.susilo@polri.go.id");
        assertThat(officerService.save(police).getNip()).isNull();
    }

    @Test
    void a_stale_edit_is_refused_and_the_first_save_is_kept() {
        Logins.as(users, "koordinator");
        Officer saved = officerService.save(newOfficer("Wahyu Hidayat", "Kanwil Imigrasi Banten"));
        Officer first = officerService.findById(saved.getId()).orElseThrow();
        Officer second = officerService.findById(saved.getId()).orElseThrow();
        first.setPosition("Analis Keimigrasian");
        officerService.save(first);
        second.setPosition("Pemeriksa Keimigrasian");
        assertThatThrownBy(() -> officerService.save(second)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(officerService.findById(saved.getId()).orElseThrow().getPosition()).isEqualTo("Analis Keimigrasian");
        assertThat(audit.history("Officer", saved.getId()).get(1).getDetails())
                .isEqualTo("position: null → Analis Keimigrasian");
    }

    @Test
    void the_agency_filter_and_active_flag_narrow_the_list() {
        Logins.as(users, "koordinator");
        Officer retired = newOfficer("Purnawirawan Sambas", "Kanim Sambas");
        retired.setActive(false);
        officerService.save(retired);
        long sambas = agencyService.findByAbbreviation("Kanim Sambas").orElseThrow().getId();
        assertThat(officerService.list(new OfficerFilter("purnawirawan", sambas, false), PageRequest.of(0, 5))).hasSize(1);
        assertThat(officerService.list(new OfficerFilter("purnawirawan", sambas, true), PageRequest.of(0, 5))).isEmpty();
        long serang = agencyService.findByAbbreviation("Kanim Serang").orElseThrow().getId();
        assertThat(officerService.count(new OfficerFilter("purnawirawan", serang, false))).isZero();
    }
}
