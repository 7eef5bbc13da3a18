package id.sinergi.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every user-visible text, read from {@code i18n/<feature>.properties} (Indonesian, the default)
 * and {@code i18n/<feature>_en.properties} (English). One bundle file per feature keeps features independent.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale INDONESIAN = Locale.of("id", "ID");
    public static final Locale ENGLISH = Locale.of("en", "GB");
    public static final List<Locale> LOCALES = List.of(INDONESIAN, ENGLISH);

    private final Map<String, Map<String, String>> byLanguage;

    public Translations() {
        this.byLanguage = load();
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        String pattern = table(locale).get(key);
        if (pattern == null) {
            pattern = byLanguage.get("id").get(key);
        }
        if (pattern == null) {
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, localeOrDefault(locale)).format(params);
    }

    /** Whether a key exists in the given language (used by tests and by callers with optional texts). */
    public boolean has(String key, Locale locale) {
        return table(locale).containsKey(key);
    }

    /** Keys of one language, sorted; for the bundle completeness test. */
    public Map<String, String> all(String language) {
        return new TreeMap<>(byLanguage.getOrDefault(language, Map.of()));
    }

    public static Locale localeOrDefault(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : INDONESIAN;
    }

    public static Locale forLanguage(String language) {
        return "en".equals(language) ? ENGLISH : INDONESIAN;
    }

    private Map<String, String> table(Locale locale) {
        return byLanguage.get(localeOrDefault(locale).getLanguage());
    }

    private static Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> result = new HashMap<>();
        result.put("id", new HashMap<>());
        result.put("en", new HashMap<>());
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            for (Resource resource : resources) {
                String name = resource.getFilename();
                String language = name != null && name.endsWith("_en.properties") ? "en" : "id";
                Properties properties = new Properties();
                try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                Map<String, String> table = result.get(language);
                for (String key : properties.stringPropertyNames()) {
                    String previous = table.put(key, properties.getProperty(key));
                    if (previous != null) {
                        throw new IllegalStateException("Message key " + key + " is defined twice (" + name + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the message bundles", e);
        }
        return result;
    }
}
