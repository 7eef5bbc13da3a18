package id.sinergi.region;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code sinergi.regions.*}: a region file to import at every start (unattended setups; env
 * {@code SINERGI_REGIONS_IMPORT_FILE}), how to treat regions missing from it, and the largest file accepted.
 */
@ConfigurationProperties("sinergi.regions")
public record RegionProperties(Path importFile,
                               @DefaultValue("FULL_EDITION") ImportMode importMode,
                               @DefaultValue("20MB") DataSize maxFileSize) {
}
