package id.sinergi.demo;

import id.sinergi.agency.Agency;
import id.sinergi.agency.AgencyService;
import id.sinergi.user.Role;
import id.sinergi.user.User;
import id.sinergi.user.UserService;
import java.util.List;
import org.springframework.stereotype.Component;

/** One demo account per role (fictional people). The password is printed on the console at start. */
@Component
class UserDemoData implements DemoData {

    /** Shared by every demo account; only ever used in demo mode. */
    static final String DEMO_PASSWORD = "sinergi-demo-2025";

    record DemoAccount(String username, String fullName, Role role, String agencyAbbreviation) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Administrator Sinergi", Role.ADMIN, null),
            new DemoAccount("koordinator", "Ratna Wulandari", Role.COORDINATOR, "Kanwil Imigrasi Banten"),
            new DemoAccount("penghubung.disnaker", "Agus Setiawan", Role.LIAISON, "Disnakertrans Kab. Serang"),
            new DemoAccount("penghubung.imigrasi", "Siti Rahmawati", Role.LIAISON, "Kanim Serang"),
            new DemoAccount("pimpinan", "Hendra Gunawan", Role.LEADERSHIP, "Kanwil Imigrasi Banten"));

    private final UserService userService;
    private final AgencyService agencyService;

    UserDemoData(UserService userService, AgencyService agencyService) {
        this.userService = userService;
        this.agencyService = agencyService;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void load() {
        for (DemoAccount account : ACCOUNTS) {
            User user = new User(account.username(), account.fullName(), account.role());
            if (account.agencyAbbreviation() != null) {
                Agency agency = agencyService.findByAbbreviation(account.agencyAbbreviation()).orElseThrow();
                user.setAgency(agency);
            }
            userService.createBySystem(user, DEMO_PASSWORD, false);
        }
    }
}
