package id.sinergi.region.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import id.sinergi.KaribuTest;
import id.sinergi.region.Region;
import id.sinergi.region.RegionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RegionPickerTest extends KaribuTest {

    @Autowired
    RegionService regions;

    private RegionPicker picker() {
        login("koordinator");
        RegionPicker picker = new RegionPicker(regions);
        UI.getCurrent().add(picker);
        return picker;
    }

    @Test
    void typing_a_name_offers_the_regions_with_their_full_path() {
        RegionPicker picker = picker();
        ComboBoxKt.setUserInput(picker, "linduk");
        assertThat(ComboBoxKt.getSuggestions(picker)).first().isEqualTo("Linduk, Pontang, Kab. Serang, Banten");
        ComboBoxKt.setUserInput(picker, "pontang");
        assertThat(ComboBoxKt.getSuggestions(picker)).startsWith("Pontang, Kab. Serang, Banten",
                "Pontang, Pontang, Kab. Serang, Banten");
    }

    @Test
    void typing_a_code_offers_that_region_first_and_selecting_it_gives_its_code() {
        RegionPicker picker = picker();
        ComboBoxKt.setUserInput(picker, "61.01.08");
        assertThat(ComboBoxKt.getSuggestionItems(picker)).extracting(Region::getCode).first().isEqualTo("61.01.08");
        ComboBoxKt.selectByLabel(picker, "Temajuk, Paloh, Kab. Sambas, Kalimantan Barat");
        assertThat(picker.getCode()).isEqualTo("61.01.08.2007");
    }

    @Test
    void limited_to_the_villages_of_one_regency_it_offers_nothing_else() {
        RegionPicker picker = picker().villagesOnly().withinArea("36.04");
        ComboBoxKt.setUserInput(picker, "");
        assertThat(ComboBoxKt.getSuggestionItems(picker)).isNotEmpty()
                .allMatch(r -> r.getLevel().isVillage() && r.getCode().startsWith("36.04."));
        ComboBoxKt.setUserInput(picker, "pontang");
        assertThat(ComboBoxKt.getSuggestions(picker)).containsExactly("Pontang, Pontang, Kab. Serang, Banten");
        ComboBoxKt.setUserInput(picker, "temajuk");
        assertThat(ComboBoxKt.getSuggestions(picker)).isEmpty();
    }

    @Test
    void a_stored_code_shows_as_its_path_and_leaving_the_area_clears_it() {
        RegionPicker picker = picker().regenciesOnly();
        picker.setValueByCode("36.04");
        assertThat(picker.getValue().getDisplayPath()).isEqualTo("Kab. Serang, Banten");
        picker.withinArea("61");
        assertThat(picker.getValue()).isNull();
    }
}
