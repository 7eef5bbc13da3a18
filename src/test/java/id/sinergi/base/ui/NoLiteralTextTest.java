package id.sinergi.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Views must take every user-visible text from the message bundles. This scans the UI sources for a string literal
 * handed to a text-setting method or a component constructor, which is how a hard-coded text sneaks in.
 */
class NoLiteralTextTest {

    private static final Pattern LITERAL_TEXT = Pattern.compile(
            "(\\.(setText|setLabel|setPlaceholder|setHelperText|setErrorMessage|setHeaderTitle|setHeader|setTitle"
                    + "|setConfirmText|setCancelText|setRejectText|setTooltipText|setAriaLabel|addItem|add)"
                    + "|new (Button|Span|H[1-6]|Paragraph|Text|Checkbox|TextField|TextArea|PasswordField"
                    + "|ComboBox|Select|DatePicker|Tab|RouterLink|ListItem|NativeLabel|Details|SideNavItem|Notification))"
                    + "\\(\\s*\"([^\"]*[A-Za-z][^\"]*)\"");

    @Test
    void ui_code_sets_no_literal_text() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/ui/")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher matcher = LITERAL_TEXT.matcher(lines.get(i));
                    if (matcher.find()) {
                        offences.add(file + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        assertThat(offences).as("literal texts in UI code; use getTranslation(key)").isEmpty();
    }

    @Test
    void the_scan_recognises_a_literal_text() {
        assertThat(LITERAL_TEXT.matcher("button.setText(\"Simpan\");").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("new Button(\"Save\", e -> save())").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("new Button(getTranslation(\"action.save\"))").find()).isFalse();
        assertThat(LITERAL_TEXT.matcher("grid.setId(\"users-grid\")").find()).isFalse();
        // an anchor's first argument is its address, not a text
        assertThat(LITERAL_TEXT.matcher("new Anchor(\"meetings/\" + id, title)").find()).isFalse();
    }
}
