package id.sinergi.agency;

import static id.sinergi.agency.RuleAssertions.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.SinergiSpringTest;
import id.sinergi.audit.AuditService;
import id.sinergi.base.BusinessRuleException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SinergiSpringTest
class AgencyServiceTest {

    @Autowired
    AgencyService agencyService;
    @Autowired
    AuditService audit;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void logout() {
        Logins.clear();
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    private Agency create(String abbreviation, Agency parent) {
        Agency agency = new Agency("Dinas Uji " + abbreviation, abbreviation, AgencyCategory.REGIONAL_GOVERNMENT);
        agency.setParent(parent);
        return agencyService.save(agency);
    }

    private Agency load(Agency agency) {
        return agencyService.findById(agency.getId()).orElseThrow();
    }

    @Test
    void search_finds_name_or_abbreviation_and_filters_narrow_by_category_region_and_activity() {
        AgencyFilter kalbarOffices = new AgencyFilter("kantor imigrasi", AgencyCategory.IMMIGRATION, "61", true);
        assertThat(agencyService.list(kalbarOffices, PageRequest.of(0, 20))).extracting(Agency::getAbbreviation)
                .contains("Kanim Pontianak", "Kanim Sambas").doesNotContain("Kanim Serang", "Rudenim Pontianak");
        assertThat(agencyService.count(kalbarOffices)).isEqualTo(agencyService.list(kalbarOffices, PageRequest.of(0, 50)).size());
        assertThat(agencyService.list(new AgencyFilter("kemenkumham", null, null, true), PageRequest.of(0, 5))).isEmpty();
        assertThat(agencyService.list(new AgencyFilter("kemenkumham", null, null, false), PageRequest.of(0, 5)))
                .extracting(Agency::getAbbreviation).containsExactly("Kemenkumham");
        assertThat(agencyService.list(new AgencyFilter("Pontang", null, "36.04", false), PageRequest.of(0, 5)))
                .extracting(Agency::getAbbreviation).containsExactly("Pemdes Pontang");
    }

    @Test
    void coordinator_creates_and_edits_an_agency_and_each_change_is_audited() {
        Logins.as(users, "koordinator");
        Agency saved = create(unique("DU"), agencyService.findByAbbreviation("Pemkab Serang").orElseThrow());
        Agency edited = load(saved);
        edited.setName("Dinas Uji Berganti Nama");
        edited.setRegionCode("36.04");
        agencyService.save(edited);
        assertThat(load(saved).getName()).isEqualTo("Dinas Uji Berganti Nama");
        assertThat(audit.history("Agency", saved.getId())).extracting(e -> e.getAction() + " " + e.getUsername())
                .containsExactly("AGENCY_CREATE koordinator", "AGENCY_UPDATE koordinator");
        assertThat(audit.history("Agency", saved.getId()).get(1).getDetails())
                .isEqualTo("name: " + saved.getName() + " → Dinas Uji Berganti Nama\nregion: null → 36.04");
    }

    @Test
    void an_abbreviation_used_by_an_active_agency_is_refused_but_an_ended_ones_may_be_reused() {
        Logins.as(users, "admin");
        String abbreviation = unique("SGK");
        Agency first = create(abbreviation, null);
        assertFieldError(() -> create(abbreviation.toLowerCase(), null), "abbreviation", "agency.error.abbreviationTaken");
        Agency ended = load(first);
        ended.setValidTo(LocalDate.now().minusDays(1));
        agencyService.save(ended);
        Agency reused = create(abbreviation, null);
        assertThat(agencyService.findByAbbreviation(abbreviation)).contains(reused);
    }

    @Test
    void valid_to_before_valid_from_is_refused_at_the_valid_to_field() {
        Logins.as(users, "koordinator");
        Agency agency = new Agency("Dinas Tanggal Terbalik", unique("DTT"), AgencyCategory.REGIONAL_GOVERNMENT);
        agency.setValidFrom(LocalDate.of(2025, 3, 1));
        agency.setValidTo(LocalDate.of(2025, 2, 28));
        assertFieldError(() -> agencyService.save(agency), "validTo", "agency.error.validToBeforeFrom");
        assertThat(agencyService.findByAbbreviation(agency.getAbbreviation())).isEmpty();
    }

    @Test
    void a_parent_cycle_is_refused_at_the_parent_field() {
        Logins.as(users, "koordinator");
        Agency top = create(unique("ATAS"), null);
        Agency middle = create(unique("TENGAH"), top);
        Agency bottom = create(unique("BAWAH"), middle);
        Agency cyclic = load(top);
        cyclic.setParent(bottom);
        assertFieldError(() -> agencyService.save(cyclic), "parent", "agency.error.parentCycle");
        Agency ownParent = load(top);
        ownParent.setParent(ownParent);
        assertFieldError(() -> agencyService.save(ownParent), "parent", "agency.error.parentCycle");
        assertThat(load(top).getParent()).isNull();
    }

    @Test
    void an_agency_in_use_cannot_be_deleted_and_the_refusal_names_each_use() {
        Logins.as(users, "admin");
        Agency disnaker = agencyService.findByAbbreviation("Disnakertrans Kab. Serang").orElseThrow();
        assertThatThrownBy(() -> agencyService.delete(disnaker.getId(), disnaker.getVersion()))
                .isInstanceOfSatisfying(AgencyInUseException.class, e -> {
                    assertThat(e.abbreviation()).isEqualTo("Disnakertrans Kab. Serang");
                    assertThat(e.uses()).extracting(AgencyUse::messageKey)
                            .contains("agency.usage.users", "agency.usage.officers");
                    assertThat(e.uses()).allMatch(use -> use.count() > 0);
                });
        assertThat(agencyService.findById(disnaker.getId())).isPresent();
        Agency parent = create(unique("INDUK"), null);
        create(unique("ANAK"), parent);
        assertThat(agencyService.usesOf(parent.getId())).containsExactly(new AgencyUse("agency.usage.subAgencies", 1));
    }

    @Test
    void a_reference_no_feature_declared_still_refuses_the_delete_with_a_clear_message() {
        Logins.as(users, "admin");
        Agency agency = create(unique("RUJUK"), null);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            // a meeting table row written directly: stands for a feature that has no AgencyUsage bean yet
            jdbc.update("insert into meeting (kind, title, starts_at, ends_at, organizer_id, status)"
                    + " values ('OTHER', 'Rapat uji rujukan', current_timestamp, current_timestamp, ?, 'DRAFT')",
                    agency.getId());
            assertThatThrownBy(() -> agencyService.delete(agency.getId(), agency.getVersion()))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("agency.error.referenced");
                        assertThat(e.arguments()).containsExactly(agency.getAbbreviation());
                    });
            status.setRollbackOnly();
        });
        assertThat(agencyService.findById(agency.getId())).isPresent();
    }

    @Test
    void an_unused_agency_is_deleted_and_the_deletion_audited() {
        Logins.as(users, "koordinator");
        Agency unused = create(unique("HAPUS"), null);
        agencyService.delete(unused.getId(), unused.getVersion());
        assertThat(agencyService.findById(unused.getId())).isEmpty();
        assertThat(audit.history("Agency", unused.getId())).extracting(e -> e.getAction())
                .containsExactly("AGENCY_CREATE", "AGENCY_DELETE");
    }

    @Test
    void liaison_and_leadership_cannot_change_agencies_and_nothing_changes() {
        Logins.as(users, "admin");
        Agency agency = create(unique("BACA"), null);
        for (String reader : new String[] {"penghubung.disnaker", "penghubung.imigrasi", "pimpinan"}) {
            Logins.as(users, reader);
            Agency edited = load(agency);
            edited.setName("Diubah " + reader);
            assertThatThrownBy(() -> agencyService.save(edited)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> agencyService.delete(agency.getId(), agency.getVersion()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(load(agency).getName()).isEqualTo(agency.getName());
    }

    @Test
    void a_stale_edit_is_refused_and_the_first_save_is_kept() {
        Logins.as(users, "koordinator");
        Agency agency = create(unique("BASI"), null);
        Agency first = load(agency);
        Agency second = load(agency);
        first.setName("Nama Pertama");
        agencyService.save(first);
        second.setName("Nama Kedua");
        assertThatThrownBy(() -> agencyService.save(second)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> agencyService.delete(second.getId(), second.getVersion()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(load(agency).getName()).isEqualTo("Nama Pertama");
    }

    @Test
    void a_kanim_must_stay_under_a_kanwil_and_a_kanwil_under_no_office() {
        Logins.as(users, "admin");
        Agency kanim = agencyService.findByAbbreviation("Kanim Serang").orElseThrow();
        kanim.setParent(agencyService.findByAbbreviation("Pemkab Serang").orElseThrow());
        assertFieldError(() -> agencyService.save(kanim), "parent", "office.error.kanwilRequired");
        Agency kanwil = agencyService.findByAbbreviation("Kanwil Imigrasi Kalbar").orElseThrow();
        kanwil.setParent(agencyService.findByAbbreviation("Kanwil Imigrasi Banten").orElseThrow());
        assertFieldError(() -> agencyService.save(kanwil), "parent", "office.error.kanwilUnderOffice");
        Agency notImmigration = agencyService.findByAbbreviation("Kanim Sambas").orElseThrow();
        notImmigration.setCategory(AgencyCategory.VERTICAL_OFFICE);
        assertFieldError(() -> agencyService.save(notImmigration), "category", "office.error.categoryFixed");
        assertThat(agencyService.findById(kanim.getId()).orElseThrow().getParent().getAbbreviation())
                .isEqualTo("Kanwil Imigrasi Banten");
    }
}
