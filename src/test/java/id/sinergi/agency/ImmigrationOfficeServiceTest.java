package id.sinergi.agency;

import static id.sinergi.agency.RuleAssertions.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.SinergiSpringTest;
import id.sinergi.audit.AuditService;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@SinergiSpringTest
class ImmigrationOfficeServiceTest {

    @Autowired
    ImmigrationOfficeService officeService;
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

    private long id(String abbreviation) {
        return agencyService.findByAbbreviation(abbreviation).orElseThrow().getId();
    }

    private Agency newImmigrationAgency() {
        return agencyService.save(new Agency("Kantor Imigrasi Uji", AgencyServiceTest.unique("Kanim Uji"),
                AgencyCategory.IMMIGRATION));
    }

    private static OfficeChange change(Agency agency, OfficeKind kind, OfficeClass officeClass, Long kanwilId,
                                       String... area) {
        return new OfficeChange(agency.getId(), agency.getVersion(), null, kind, officeClass, kanwilId, Set.of(area));
    }

    @Test
    void kanwil_banten_heads_the_kanims_of_banten() {
        assertThat(officeService.listKanwils()).extracting(o -> o.getAgency().getAbbreviation())
                .contains("Kanwil Imigrasi Banten", "Kanwil Imigrasi Kalbar").doesNotContain("Kanim Serang");
        assertThat(officeService.officesOf(id("Kanwil Imigrasi Banten"))).extracting(o -> o.getAgency().getAbbreviation())
                .contains("Kanim Serang", "Kanim Tangerang", "Kanim Cilegon").doesNotContain("Kanim Sambas");
        assertThat(officeService.officesOf(id("Kanwil Imigrasi Kalbar")))
                .filteredOn(o -> o.getAgency().getAbbreviation().equals("Rudenim Pontianak"))
                .singleElement().satisfies(o -> assertThat(o.getKind()).isEqualTo(OfficeKind.RUDENIM));
        assertThat(officeService.findByAgencyId(id("Kanim Sambas")).orElseThrow().getOfficeClass())
                .isEqualTo(OfficeClass.KELAS_II_NON_TPI);
    }

    @Test
    void working_areas_answer_which_office_covers_a_regency_or_a_village() {
        assertThat(officeService.workingAreaOf(id("Kanim Sambas"))).containsExactly("61.01", "61.07");
        assertThat(officeService.officesCovering("61.07.07")).extracting(o -> o.getAgency().getAbbreviation())
                .containsExactly("Kanim Sambas");
        assertThat(officeService.officesCovering("36.04.12.2001")).extracting(o -> o.getAgency().getAbbreviation())
                .contains("Kanim Serang");
        assertThat(officeService.officesCovering("31")).isEmpty();
        assertThat(officeService.isImmigrationOffice(id("Kanim Serang"))).isTrue();
        assertThat(officeService.isImmigrationOffice(id("Polres Serang"))).isFalse();
    }

    @Test
    void coordinator_sets_up_a_new_kanim_under_a_kanwil_with_its_working_area() {
        Logins.as(users, "koordinator");
        Agency agency = newImmigrationAgency();
        assertThat(officeService.listWithoutDetails()).contains(agency);
        long kanwil = id("Kanwil Imigrasi Banten");
        officeService.save(change(agency, OfficeKind.KANIM, OfficeClass.KELAS_II_NON_TPI, kanwil, "36.02", "36.01"));
        assertThat(officeService.workingAreaOf(agency.getId())).containsExactly("36.01", "36.02");
        assertThat(agencyService.findById(agency.getId()).orElseThrow().getParent().getId()).isEqualTo(kanwil);
        assertThat(officeService.listWithoutDetails()).doesNotContain(agency);
        assertThat(audit.history("Agency", agency.getId())).extracting(e -> e.getAction())
                .containsExactly("AGENCY_CREATE", "OFFICE_CREATE");
    }

    @Test
    void bad_office_input_is_refused_at_its_field_and_nothing_is_saved() {
        Logins.as(users, "admin");
        Agency agency = newImmigrationAgency();
        long kanwil = id("Kanwil Imigrasi Kalbar");
        assertFieldError(() -> officeService.save(change(agency, OfficeKind.KANIM, OfficeClass.KELAS_III, null)),
                "kanwil", "office.error.kanwilRequired");
        assertFieldError(() -> officeService.save(change(agency, OfficeKind.KANIM, null, kanwil)),
                "officeClass", "office.error.classRequired");
        assertFieldError(() -> officeService.save(change(agency, OfficeKind.RUDENIM, null, id("Kanim Sambas"))),
                "kanwil", "office.error.notAKanwil");
        assertFieldError(() -> officeService.save(change(agency, OfficeKind.KANWIL, null, kanwil)),
                "kanwil", "office.error.kanwilUnderOffice");
        assertFieldError(() -> officeService.save(change(agency, OfficeKind.KANIM, OfficeClass.KELAS_III, kanwil,
                "61.01.08.2007")), "workingArea", "office.error.workingAreaLevel");
        assertThat(officeService.isImmigrationOffice(agency.getId())).isFalse();
    }

    @Test
    void a_kanwil_that_still_heads_offices_cannot_become_a_kanim() {
        Logins.as(users, "admin");
        Agency kanwil = agencyService.findById(id("Kanwil Imigrasi Kalbar")).orElseThrow();
        ImmigrationOffice office = officeService.findByAgencyId(kanwil.getId()).orElseThrow();
        assertFieldError(() -> officeService.save(new OfficeChange(kanwil.getId(), kanwil.getVersion(), office.getVersion(),
                OfficeKind.KANIM, OfficeClass.KELAS_I_TPI, id("Kanwil Imigrasi Banten"), Set.of())),
                "kind", "office.error.kanwilHasOffices");
        assertThat(officeService.findByAgencyId(kanwil.getId()).orElseThrow().getKind()).isEqualTo(OfficeKind.KANWIL);
    }

    @Test
    void a_stale_office_edit_is_refused() {
        Logins.as(users, "koordinator");
        Agency agency = newImmigrationAgency();
        long kanwil = id("Kanwil Imigrasi Banten");
        officeService.save(change(agency, OfficeKind.KANIM, OfficeClass.KELAS_III, kanwil, "36.01"));
        assertThatThrownBy(() -> officeService.save(change(agency, OfficeKind.RUDENIM, null, kanwil)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(officeService.findByAgencyId(agency.getId()).orElseThrow().getKind()).isEqualTo(OfficeKind.KANIM);
    }

    @Test
    void readers_cannot_change_an_office() {
        Logins.as(users, "admin");
        Agency agency = newImmigrationAgency();
        for (String reader : new String[] {"penghubung.imigrasi", "pimpinan"}) {
            Logins.as(users, reader);
            assertThatThrownBy(() -> officeService.save(change(agency, OfficeKind.KANIM, OfficeClass.KELAS_III,
                    id("Kanwil Imigrasi Banten")))).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(officeService.isImmigrationOffice(agency.getId())).isFalse();
    }
}
