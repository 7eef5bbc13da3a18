package id.sinergi.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import id.sinergi.base.ui.DatePickers;
import id.sinergi.dashboard.DashboardFilter;
import id.sinergi.dashboard.KanwilArea;
import java.util.List;
import java.util.function.Consumer;

/** The period (due dates from / until) and the Kanwil/province; an end before the start is refused next to the field. */
class DashboardFilterBar extends Composite<FlexLayout> {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ComboBox<KanwilArea> area = new ComboBox<>();
    private DashboardFilter value;

    DashboardFilterBar(DashboardFilter initial, List<KanwilArea> areas, Consumer<DashboardFilter> onChange) {
        value = initial;
        from.setLabel(getTranslation("dashboard.period.from"));
        from.setId("dashboard-filter-from");
        to.setLabel(getTranslation("dashboard.period.to"));
        to.setId("dashboard-filter-to");
        DatePickers.localized(from);
        DatePickers.localized(to);
        from.setValue(initial.from());
        to.setValue(initial.to());
        area.setLabel(getTranslation("dashboard.area"));
        area.setPlaceholder(getTranslation("dashboard.area.all"));
        area.setItems(areas);
        area.setItemLabelGenerator(a -> getTranslation("dashboard.area.item", a.kanwilAbbreviation(), a.provinceName()));
        area.setClearButtonVisible(true);
        area.setId("dashboard-filter-area");
        area.setMinWidth("22rem");
        getContent().add(from, to, area);
        getContent().setFlexWrap(FlexLayout.FlexWrap.WRAP);
        getContent().getStyle().set("gap", "var(--lumo-space-m)");
        from.addValueChangeListener(e -> changed(onChange));
        to.addValueChangeListener(e -> changed(onChange));
        area.addValueChangeListener(e -> changed(onChange));
    }

    DashboardFilter value() {
        return value;
    }

    private void changed(Consumer<DashboardFilter> onChange) {
        to.setInvalid(false);
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        if (to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage(getTranslation("dashboard.periodInvalid"));
            to.setInvalid(true);
            return;
        }
        value = new DashboardFilter(from.getValue(), to.getValue(),
                area.getValue() == null ? null : area.getValue().provinceCode());
        onChange.accept(value);
    }
}
