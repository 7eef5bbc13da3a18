package id.sinergi.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void every_key_exists_in_indonesian_and_english() {
        Set<String> indonesian = translations.all("id").keySet();
        Set<String> english = translations.all("en").keySet();
        assertThat(indonesian).isNotEmpty();
        assertThat(difference(indonesian, english)).as("keys missing in English").isEmpty();
        assertThat(difference(english, indonesian)).as("keys missing in Indonesian").isEmpty();
    }

    @Test
    void every_text_is_non_blank_and_a_valid_message_pattern() {
        for (String language : new String[] {"id", "en"}) {
            for (Map.Entry<String, String> entry : translations.all(language).entrySet()) {
                assertThat(entry.getValue()).as(language + " " + entry.getKey()).isNotBlank();
                new MessageFormat(entry.getValue());
            }
        }
    }

    @Test
    void bean_validation_messages_exist_in_both_languages() throws IOException {
        Set<String> indonesian = load("/ValidationMessages_id.properties").stringPropertyNames();
        Set<String> english = load("/ValidationMessages_en.properties").stringPropertyNames();
        assertThat(indonesian).isEqualTo(english).isNotEmpty();
    }

    @Test
    void indonesian_is_the_default_and_english_the_second_language() {
        assertThat(translations.getTranslation("menu.home", null)).isEqualTo("Beranda");
        assertThat(translations.getTranslation("menu.home", Translations.forLanguage("fr"))).isEqualTo("Beranda");
        assertThat(translations.getTranslation("menu.home", Translations.ENGLISH)).isEqualTo("Home");
        assertThat(translations.getTranslation("home.greeting", Translations.INDONESIAN, "Ratna"))
                .isEqualTo("Selamat datang, Ratna");
    }

    @Test
    void a_missing_key_is_visible_rather_than_blank() {
        assertThat(translations.getTranslation("no.such.key", Translations.INDONESIAN)).isEqualTo("!no.such.key");
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
