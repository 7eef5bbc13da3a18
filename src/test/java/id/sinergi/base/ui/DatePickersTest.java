package id.sinergi.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import id.sinergi.KaribuTest;
import org.junit.jupiter.api.Test;

class DatePickersTest extends KaribuTest {

    @Test
    void a_localized_picker_speaks_indonesian_by_default_and_english_for_an_english_user() {
        login("koordinator");
        DatePicker.DatePickerI18n indonesian = DatePickers.localized(new DatePicker()).getI18n();
        assertThat(indonesian.getMonthNames().get(6)).isEqualTo("Juli");
        assertThat(indonesian.getWeekdays().getFirst()).isEqualTo("Minggu");
        assertThat(indonesian.getToday()).isEqualTo("Hari ini");
        assertThat(indonesian.getBadInputErrorMessage()).isEqualTo("Tanggal tidak dapat dibaca; tulis seperti 22/07/2025.");
        useLanguage("en");
        DatePicker.DatePickerI18n english = DatePickers.localized(new DatePicker()).getI18n();
        assertThat(english.getMonthNames().get(6)).isEqualTo("July");
        assertThat(english.getCancel()).isEqualTo("Cancel");
    }
}
