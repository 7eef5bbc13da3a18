package id.sinergi.region;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.SinergiSpringTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Search, look-up and paths on the shared database with the demo regions (and, depending on test order, possibly the
 * whole national list: every assertion holds either way).
 */
@SinergiSpringTest
class RegionServiceTest {

    @Autowired
    RegionService regions;
    @Autowired
    JdbcTemplate jdbc;

    private static List<String> codes(List<Region> regions) {
        return regions.stream().map(Region::getCode).toList();
    }

    @Test
    void a_name_finds_the_region_with_its_full_path_exact_names_first() {
        List<Region> found = regions.search("pontang", null, null, 10);
        assertThat(codes(found)).startsWith("36.04.12", "36.04.12.2001");
        assertThat(found.get(1).getDisplayPath()).isEqualTo("Pontang, Pontang, Kab. Serang, Banten");
        assertThat(found.get(0).getDisplayPath()).isEqualTo("Pontang, Kab. Serang, Banten");
        assertThat(regions.search("Lind", null, null, 10)).extracting(Region::getDisplayPath)
                .contains("Linduk, Pontang, Kab. Serang, Banten");
    }

    @Test
    void words_may_come_in_any_order_and_kab_stands_for_kabupaten() {
        assertThat(codes(regions.search("serang pontang", null, null, 10))).contains("36.04.12", "36.04.12.2001");
        assertThat(codes(regions.search("tirtayasa lontar", null, null, 10))).containsExactly("36.04.13.2007");
        assertThat(codes(regions.search("kab. serang", null, null, 10))).first().isEqualTo("36.04");
    }

    @Test
    void a_code_finds_the_region_and_everything_below_it() {
        List<String> found = codes(regions.search("36.04.12", null, null, 50));
        assertThat(found).first().isEqualTo("36.04.12");
        assertThat(found).contains("36.04.12.2001", "36.04.12.2003").allMatch(c -> c.startsWith("36.04.12"));
    }

    @Test
    void a_search_can_be_limited_to_the_villages_of_one_regency() {
        List<Region> found = regions.search("", RegionLevel.VILLAGES, "36.04", RegionService.MAX_LIMIT);
        assertThat(codes(found)).contains("36.04.12.2001", "36.04.13.2007", "36.04.14.2003")
                .allMatch(c -> c.startsWith("36.04.")).doesNotContain("36.04.12", "61.01.08.2007");
        assertThat(found).allMatch(r -> r.getLevel().isVillage());
        assertThat(codes(regions.search("tanara", RegionLevel.VILLAGES, "36.04", 10))).containsExactly("36.04.14.2001");
        assertThat(regions.search("temajuk", RegionLevel.VILLAGES, "36.04", 10)).isEmpty();
        assertThat(codes(regions.search("serang", RegionLevel.REGENCIES, null, 10))).containsExactly("36.04", "36.73");
    }

    @Test
    void a_retired_region_is_not_offered_but_is_still_found_by_code_with_its_path() {
        regions.addMissingBySystem(List.of(new Region("36.04.12.2998", "Kedung Pensiun")));
        assertThat(codes(regions.search("kedung pensiun", null, null, 10))).containsExactly("36.04.12.2998");
        jdbc.update("update region set retired = true where code = '36.04.12.2998'");

        assertThat(regions.search("kedung pensiun", null, null, 10)).isEmpty();
        assertThat(regions.findByCode("36.04.12.2998")).hasValueSatisfying(r -> assertThat(r.isRetired()).isTrue());
        assertThat(regions.pathOf("36.04.12.2998")).hasValue("Kedung Pensiun, Pontang, Kab. Serang, Banten");
        assertThat(regions.list("kedung pensiun", null, PageRequest.of(0, 10))).extracting(Region::isRetired)
                .containsExactly(true);
    }

    @Test
    void paths_levels_and_counts_for_other_features_and_the_regions_view() {
        assertThat(regions.pathOf("61.01.08.2007")).hasValue("Temajuk, Paloh, Kab. Sambas, Kalimantan Barat");
        assertThat(regions.pathOf("36.73")).hasValue("Kota Serang, Banten");
        assertThat(regions.pathOf("99.99")).isEmpty();
        assertThat(regions.pathsOf(List.of("36.04.13.2012", "61", "99.99"))).containsOnlyKeys("36.04.13.2012", "61")
                .containsEntry("36.04.13.2012", "Alang-alang, Tirtayasa, Kab. Serang, Banten");
        assertThat(regions.listByLevel(RegionLevel.PROVINCE)).extracting(Region::getName).contains("Banten", "Kalimantan Barat")
                .hasSizeLessThanOrEqualTo(38);
        assertThat(regions.listByLevel(RegionLevel.REGENCY, RegionLevel.CITY)).extracting(Region::getCode)
                .contains("36.04", "36.73", "61.72").allMatch(c -> c.length() == 5);
        assertThat(regions.count("tirtayasa", RegionLevel.DISTRICT)).isEqualTo(1);
        assertThat(regions.list("", RegionLevel.PROVINCE, PageRequest.of(0, 2))).hasSize(2);
    }

    @Test
    void odd_search_text_finds_nothing_rather_than_failing() {
        assertThat(regions.search("100% _x\\", null, null, 10)).isEmpty();
        assertThat(regions.search("   ", Set.of(RegionLevel.PROVINCE), null, 100)).extracting(Region::getCode).contains("36");
    }
}
