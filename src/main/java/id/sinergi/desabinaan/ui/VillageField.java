package id.sinergi.desabinaan.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import id.sinergi.region.Region;
import id.sinergi.region.RegionLevel;
import id.sinergi.region.RegionService;
import java.util.EnumSet;

/**
 * A picker of villages (desa, kelurahan, desa adat) labelled with their code. Stands in until the shared RegionPicker
 * is on main; then this becomes {@code new RegionPicker(regionService).villagesOnly()}.
 */
final class VillageField {

    private VillageField() {
    }

    static ComboBox<Region> create(RegionService regionService) {
        ComboBox<Region> field = new ComboBox<>();
        field.setItems(regionService.listByLevels(EnumSet.of(RegionLevel.KELURAHAN, RegionLevel.DESA,
                RegionLevel.DESA_ADAT)));
        field.setItemLabelGenerator(r -> r.getName() + " (" + r.getCode() + ")");
        return field;
    }
}
