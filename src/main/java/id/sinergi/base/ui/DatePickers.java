package id.sinergi.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import id.sinergi.base.i18n.Translations;
import java.text.DateFormatSymbols;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Date pickers that speak the user's language: month and day names, the overlay's buttons, the bad-input message. */
public final class DatePickers {

    private DatePickers() {
    }

    /** Sets the picker's texts for the UI's language (Indonesian by default) and returns it. */
    public static DatePicker localized(DatePicker picker) {
        Locale locale = Translations.localeOrDefault(picker.getLocale());
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setMonthNames(List.of(symbols.getMonths()).subList(0, 12))
                .setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8))
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(picker.getTranslation("datePicker.today"))
                .setCancel(picker.getTranslation("datePicker.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("datePicker.badInput"));
        picker.setLocale(locale);
        picker.setI18n(i18n);
        return picker;
    }
}
