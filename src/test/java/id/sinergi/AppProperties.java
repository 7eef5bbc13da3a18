package id.sinergi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * A setting from the app's own properties files, its placeholders resolved, for the benchmark tools that open
 * connections themselves: they use the app's settings instead of a copy that could drift from them.
 */
public final class AppProperties {

    private AppProperties() {
    }

    /** {@code key} of the classpath {@code file}, placeholders resolved from {@code values}, then the environment. */
    public static String resolved(String file, String key, Map<String, Object> values) {
        try {
            String value = PropertiesLoaderUtils.loadProperties(new ClassPathResource(file)).getProperty(key);
            if (value == null) {
                throw new IllegalStateException(key + " is not set in " + file);
            }
            StandardEnvironment environment = new StandardEnvironment();
            environment.getPropertySources().addFirst(new MapPropertySource("given", values));
            return environment.resolveRequiredPlaceholders(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
