package id.sinergi.demo;

import id.sinergi.region.Region;
import id.sinergi.region.RegionService;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The few regions (Kepmendagri 2025 codes) that the demo data needs, without importing the national list. */
@Component
class RegionDemoData implements DemoData {

    static final String[][] REGIONS = {
            {"31", "Daerah Khusus Ibukota Jakarta"},
            {"36", "Banten"},
            {"36.01", "Kabupaten Pandeglang"},
            {"36.02", "Kabupaten Lebak"},
            {"36.03", "Kabupaten Tangerang"},
            {"36.04", "Kabupaten Serang"},
            {"36.04.12", "Pontang"},
            {"36.04.12.2001", "Pontang"},
            {"36.04.12.2003", "Linduk"},
            {"36.04.12.2009", "Domas"},
            {"36.04.13", "Tirtayasa"},
            {"36.04.13.2001", "Tirtayasa"},
            {"36.04.13.2007", "Lontar"},
            {"36.04.13.2012", "Alang-alang"},
            {"36.04.14", "Tanara"},
            {"36.04.14.2001", "Tanara"},
            {"36.04.14.2003", "Tenjoayu"},
            {"36.71", "Kota Tangerang"},
            {"36.72", "Kota Cilegon"},
            {"36.73", "Kota Serang"},
            {"36.74", "Kota Tangerang Selatan"},
            {"61", "Kalimantan Barat"},
            {"61.01", "Kabupaten Sambas"},
            {"61.01.08", "Paloh"},
            {"61.01.08.2007", "Temajuk"},
            {"61.01.09", "Sajingan Besar"},
            {"61.01.09.2003", "Santaban"},
            {"61.02", "Kabupaten Mempawah"},
            {"61.07", "Kabupaten Bengkayang"},
            {"61.07.07", "Jagoi Babang"},
            {"61.12", "Kabupaten Kubu Raya"},
            {"61.71", "Kota Pontianak"},
            {"61.72", "Kota Singkawang"},
    };

    private final RegionService regionService;

    RegionDemoData(RegionService regionService) {
        this.regionService = regionService;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        List<Region> regions = new ArrayList<>();
        for (String[] row : REGIONS) {
            regions.add(new Region(row[0], row[1]));
        }
        regionService.addMissingBySystem(regions);
    }
}
