package id.sinergi.agency;

import static id.sinergi.agency.RuleAssertions.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.SinergiSpringTest;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@SinergiSpringTest
class AgencySuccessionServiceTest {

    @Autowired
    AgencyService agencyService;
    @Autowired
    AgencySuccessionService successionService;
    @Autowired
    ImmigrationOfficeService officeService;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void logout() {
        Logins.clear();
    }

    private Agency create(String name, String abbreviation, Agency parent) {
        Agency agency = new Agency(name, abbreviation, AgencyCategory.MINISTRY);
        agency.setParent(parent);
        agency.setValidFrom(LocalDate.of(2019, 10, 23));
        return agencyService.save(agency);
    }

    @Test
    void ending_with_a_successor_keeps_the_old_name_and_links_both_ways() {
        Logins.as(users, "koordinator");
        String abbreviation = AgencyServiceTest.unique("BPU");
        Agency old = create("Badan Pelindungan Uji", abbreviation, null);
        Agency child = create("Balai Uji Provinsi", AgencyServiceTest.unique("BUP"), old);
        LocalDate lastDay = LocalDate.now().minusDays(1);

        Agency successor = successionService.endWithSuccessor(old.getId(), old.getVersion(), lastDay,
                new AgencySuccessionService.Successor("Kementerian Pelindungan Uji", abbreviation, true));

        Agency ended = agencyService.findById(old.getId()).orElseThrow();
        assertThat(ended.getName()).isEqualTo("Badan Pelindungan Uji");
        assertThat(ended.getValidTo()).isEqualTo(lastDay);
        Agency loaded = agencyService.findById(successor.getId()).orElseThrow();
        assertThat(loaded.getValidFrom()).isEqualTo(lastDay.plusDays(1));
        assertThat(loaded.getPredecessor()).isEqualTo(ended);
        assertThat(loaded.getCategory()).isEqualTo(AgencyCategory.MINISTRY);
        assertThat(agencyService.successorsOf(old.getId())).containsExactly(loaded);
        assertThat(agencyService.findByAbbreviation(abbreviation)).contains(loaded);
        assertThat(agencyService.findById(child.getId()).orElseThrow().getParent()).isEqualTo(loaded);
        assertThat(agencyService.usesOf(old.getId())).containsExactly(new AgencyUse("agency.usage.successors", 1));
    }

    @Test
    void a_split_gives_one_ended_agency_several_successors() {
        Logins.as(users, "admin");
        Agency old = create("Kementerian Uji Gabungan", AgencyServiceTest.unique("KUG"), null);
        LocalDate lastDay = LocalDate.now().plusDays(30);
        Agency first = successionService.endWithSuccessor(old.getId(), old.getVersion(), lastDay,
                new AgencySuccessionService.Successor("Kementerian Uji Satu", AgencyServiceTest.unique("KU1"), false));
        Agency reloaded = agencyService.findById(old.getId()).orElseThrow();
        Agency second = successionService.endWithSuccessor(old.getId(), reloaded.getVersion(), lastDay,
                new AgencySuccessionService.Successor("Kementerian Uji Dua", AgencyServiceTest.unique("KU2"), false));
        assertThat(agencyService.successorsOf(old.getId())).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void a_last_day_before_the_start_is_refused_and_nothing_ends() {
        Logins.as(users, "koordinator");
        Agency agency = create("Lembaga Uji Tanggal", AgencyServiceTest.unique("LUT"), null);
        assertFieldError(() -> successionService.end(agency.getId(), agency.getVersion(), LocalDate.of(2019, 1, 1)),
                "lastDay", "agency.error.lastDayBeforeStart");
        assertThat(agencyService.findById(agency.getId()).orElseThrow().getValidTo()).isNull();
    }

    @Test
    void the_successor_of_an_immigration_office_keeps_kind_class_and_working_area() {
        Logins.as(users, "admin");
        Agency kanwil = agencyService.findByAbbreviation("Kanwil Imigrasi Banten").orElseThrow();
        Agency kanim = new Agency("Kantor Imigrasi Kelas III Uji", AgencyServiceTest.unique("Kanim Uji"),
                AgencyCategory.IMMIGRATION);
        kanim.setParent(kanwil);
        kanim = agencyService.save(kanim);
        officeService.save(new OfficeChange(kanim.getId(), kanim.getVersion(), null, OfficeKind.KANIM,
                OfficeClass.KELAS_III, kanwil.getId(), Set.of("36.01")));
        Agency current = agencyService.findById(kanim.getId()).orElseThrow();
        Agency successor = successionService.endWithSuccessor(kanim.getId(), current.getVersion(), LocalDate.now(),
                new AgencySuccessionService.Successor("Kantor Imigrasi Kelas II Non TPI Uji",
                        AgencyServiceTest.unique("Kanim Uji"), false));
        ImmigrationOffice office = officeService.findByAgencyId(successor.getId()).orElseThrow();
        assertThat(office.getKind()).isEqualTo(OfficeKind.KANIM);
        assertThat(office.getOfficeClass()).isEqualTo(OfficeClass.KELAS_III);
        assertThat(office.getWorkingArea()).containsExactly("36.01");
        assertThat(officeService.officesOf(kanwil.getId())).extracting(o -> o.getAgency().getId()).contains(successor.getId());
    }

    @Test
    void readers_cannot_end_an_agency() {
        Logins.as(users, "admin");
        Agency agency = create("Lembaga Uji Baca", AgencyServiceTest.unique("LUB"), null);
        for (String reader : new String[] {"penghubung.disnaker", "pimpinan"}) {
            Logins.as(users, reader);
            assertThatThrownBy(() -> successionService.end(agency.getId(), agency.getVersion(), LocalDate.now()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(agencyService.findById(agency.getId()).orElseThrow().getValidTo()).isNull();
    }
}
