package id.sinergi.region.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.renderer.LitRenderer;
import id.sinergi.region.Region;
import id.sinergi.region.RegionLevel;
import id.sinergi.region.RegionService;
import java.util.EnumSet;
import java.util.Set;

/**
 * A field to choose a region: lazy and searchable by name words or code, showing each region's full path
 * ("Pontang, Kab. Serang, Banten"), offering only active regions. Other features use it for agency working areas,
 * Desa Binaan villages or an action item's region, e.g. {@code new RegionPicker(regions).villagesOnly().withinArea("36.04")}.
 */
public class RegionPicker extends ComboBox<Region> {

    private static final String ITEM_TEMPLATE = "<div>${item.path}"
            + "<div style=\"font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color)\">${item.detail}</div>"
            + "</div>";

    private final RegionService regions;
    private Set<RegionLevel> levels = Set.of();
    private String area;

    public RegionPicker(RegionService regions) {
        this.regions = regions;
        setItemLabelGenerator(Region::getDisplayPath);
        setRenderer(LitRenderer.<Region>of(ITEM_TEMPLATE)
                .withProperty("path", Region::getDisplayPath)
                .withProperty("detail", r -> getTranslation(r.getLevel().messageKey()) + " · " + r.getCode()));
        setPlaceholder(getTranslation("region.picker.placeholder"));
        setClearButtonVisible(true);
        setItems(query -> regions.search(query.getFilter().orElse(""), levels, area, query.getOffset(), query.getLimit())
                .stream());
    }

    public RegionPicker(RegionService regions, String label) {
        this(regions);
        setLabel(label);
    }

    /** Offers only these levels; none means all. */
    public RegionPicker withLevels(Set<RegionLevel> chosen) {
        levels = chosen == null || chosen.isEmpty() ? Set.of() : EnumSet.copyOf(chosen);
        if (getValue() != null && !levels.isEmpty() && !levels.contains(getValue().getLevel())) {
            clear();
        }
        getDataProvider().refreshAll();
        return this;
    }

    /** Kelurahan, desa and desa adat only. */
    public RegionPicker villagesOnly() {
        return withLevels(RegionLevel.VILLAGES);
    }

    /** Kabupaten and kota only. */
    public RegionPicker regenciesOnly() {
        return withLevels(RegionLevel.REGENCIES);
    }

    /** Offers only regions inside the region with this code (e.g. "36.04": within Kabupaten Serang); null for all. */
    public RegionPicker withinArea(String code) {
        area = code == null || code.isBlank() ? null : code.strip();
        if (getValue() != null && area != null && !getValue().getCode().startsWith(area + ".")) {
            clear();
        }
        getDataProvider().refreshAll();
        return this;
    }

    /** Selects the region with this code (also a retired one, which still shows), or clears for null or unknown. */
    public void setValueByCode(String code) {
        setValue(regions.findByCode(code).orElse(null));
    }

    /** The code of the chosen region, or null. */
    public String getCode() {
        return getValue() == null ? null : getValue().getCode();
    }
}
