package id.sinergi.security;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

/**
 * POI's zip-bomb guards, set once for the whole app at start: every imported .xlsx (regions, later others) is opened
 * under these limits, and a file beyond them fails with POI's "Zip bomb detected" or size error instead of filling memory.
 */
@Configuration
class SpreadsheetLimits {

    private static final Logger LOG = LoggerFactory.getLogger(SpreadsheetLimits.class);

    SpreadsheetLimits(@Value("${sinergi.import.min-inflate-ratio:0.01}") double minInflateRatio,
                      @Value("${sinergi.import.max-entry-bytes:209715200}") long maxEntrySize,
                      @Value("${sinergi.import.max-text-chars:52428800}") long maxTextSize,
                      @Value("${sinergi.import.max-zip-entries:1000}") int maxFileCount) {
        ZipSecureFile.setMinInflateRatio(minInflateRatio);
        ZipSecureFile.setMaxEntrySize(maxEntrySize);
        ZipSecureFile.setMaxTextSize(maxTextSize);
        ZipSecureFile.setMaxFileCount(maxFileCount);
        LOG.debug("Spreadsheet limits: inflate ratio >= {}, entry <= {} bytes, text <= {} chars, <= {} entries",
                minInflateRatio, maxEntrySize, maxTextSize, maxFileCount);
    }
}
