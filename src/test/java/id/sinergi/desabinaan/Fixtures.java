package id.sinergi.desabinaan;

import id.sinergi.agency.Agency;
import id.sinergi.agency.AgencyCategory;
import id.sinergi.agency.AgencyService;
import id.sinergi.agency.ImmigrationOfficeService;
import id.sinergi.agency.OfficeClass;
import id.sinergi.agency.OfficeKind;
import id.sinergi.agency.Officer;
import id.sinergi.agency.OfficerService;
import id.sinergi.region.Region;
import id.sinergi.region.RegionService;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Test data of one's own: a Kanwil with a Kanim covering Kab. Serang, its officers, fresh villages. */
@Component
public class Fixtures {

    private static final AtomicInteger NEXT_VILLAGE = new AtomicInteger(100);

    @Autowired
    AgencyService agencyService;
    @Autowired
    ImmigrationOfficeService officeService;
    @Autowired
    OfficerService officerService;
    @Autowired
    RegionService regionService;
    @Autowired
    DesaBinaanService assignments;
    @Autowired
    UserDetailsService users;

    /** A Kanwil and one Kanim under it (working area Kab. Serang) with two officers. */
    public record TestOffice(Agency kanwil, Agency office, List<Officer> officers) {
    }

    public TestOffice office() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Agency kanwil = agencyService.createBySystem(new Agency("Kanwil Imigrasi Uji " + tag, "Kanwil Uji " + tag,
                AgencyCategory.IMMIGRATION));
        officeService.defineBySystem(kanwil.getId(), OfficeKind.KANWIL, null, Set.of());
        Agency office = new Agency("Kantor Imigrasi Uji " + tag, "Kanim Uji " + tag, AgencyCategory.IMMIGRATION);
        office.setParent(kanwil);
        office = agencyService.createBySystem(office);
        officeService.defineBySystem(office.getId(), OfficeKind.KANIM, OfficeClass.KELAS_II_TPI, Set.of("36.04"));
        Officer first = officerService.createBySystem(new Officer("Petugas Satu " + tag, null, office));
        Officer second = officerService.createBySystem(new Officer("Petugas Dua " + tag, null, office));
        return new TestOffice(agencyService.findById(kanwil.getId()).orElseThrow(),
                agencyService.findById(office.getId()).orElseThrow(), List.of(first, second));
    }

    /** A new desa in Kec. Pontang, Kab. Serang (36.04.12), named "Desa Uji …". */
    public Region village() {
        return village("36.04.12");
    }

    /** A new desa in the given kecamatan. */
    public Region village(String districtCode) {
        int number = NEXT_VILLAGE.getAndIncrement();
        Region region = new Region(districtCode + ".2" + number, "Desa Uji " + number);
        regionService.addMissingBySystem(List.of(region));
        return region;
    }

    /** A valid draft: active, decree last month, one Pimpasa. */
    public DesaBinaan draft(Region village, TestOffice office, Program program) {
        DesaBinaan draft = new DesaBinaan(village.getCode(), office.office(), program);
        draft.setStatus(AssignmentStatus.ACTIVE);
        draft.setSkNumber("SK-UJI/" + village.getCode());
        draft.setSkDate(LocalDate.now().minusMonths(1));
        draft.setRiskLevel(RiskLevel.MEDIUM);
        draft.setReason(SelectionReason.HIGH_MIGRATION);
        draft.setPimpasa(List.of(office.officers().getFirst()));
        return draft;
    }

    /** A saved active assignment of a fresh village (as the system). */
    public DesaBinaan assignment(TestOffice office) {
        return assignments.createBySystem(draft(village(), office, Program.DESA_BINAAN_IMIGRASI));
    }

    public void loginAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public void logout() {
        SecurityContextHolder.clearContext();
    }
}
