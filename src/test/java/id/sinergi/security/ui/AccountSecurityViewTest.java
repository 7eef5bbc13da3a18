package id.sinergi.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import id.sinergi.KaribuTest;
import id.sinergi.TestClock;
import id.sinergi.security.Base32;
import id.sinergi.security.TestAccounts;
import id.sinergi.security.Totp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountSecurityViewTest extends KaribuTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestClock clock;

    @Test
    void a_user_enrols_an_authenticator_with_a_qr_code_and_gets_ten_recovery_codes_once() throws Exception {
        login(accounts.create());
        UI.getCurrent().navigate("account/security");
        assertThat(_get(Paragraph.class, s -> s.withId("twofactor-status")).getText()).isEqualTo(text("twofactor.status.off"));

        _click(_get(Button.class, s -> s.withId("twofactor-enable")));
        ReauthDialog reauth = _get(ReauthDialog.class);
        _setValue(reauth.password, "bukan-sandi-saya");
        _click(reauth.confirm);
        assertThat(reauth.password.getErrorMessage()).isEqualTo(text("password.error.currentWrong"));
        _setValue(reauth.password, TestAccounts.PASSWORD);
        _click(reauth.confirm);

        String secret = _get(Span.class, s -> s.withId("twofactor-secret")).getText();
        String qrContent = decodeQr(_get(Image.class, s -> s.withId("twofactor-qr")).getSrc());
        assertThat(qrContent).startsWith("otpauth://totp/Sinergi:uji.").contains("secret=" + secret.replace(" ", ""));

        _setValue(_get(TextField.class, s -> s.withId("twofactor-code")), "000000");
        _click(_get(Button.class, s -> s.withId("twofactor-confirm")));
        assertThat(_get(TextField.class, s -> s.withId("twofactor-code")).getErrorMessage())
                .isEqualTo(text("twofactor.error.wrongCode"));
        String code = Totp.code(Base32.decode(secret), Totp.step(clock.instant()), 6);
        _setValue(_get(TextField.class, s -> s.withId("twofactor-code")), code);
        _click(_get(Button.class, s -> s.withId("twofactor-confirm")));

        assertThat(_find(ListItem.class)).hasSize(10);
        _click(_get(Button.class, s -> s.withId("recovery-codes-done")));
        assertThat(_find(ListItem.class)).isEmpty();
        assertThat(_find(Span.class, s -> s.withId("twofactor-secret"))).as("the secret is never shown again").isEmpty();
        assertThat(_get(Paragraph.class, s -> s.withId("twofactor-status")).getText())
                .isEqualTo(text("twofactor.status.on", 10));
    }

    @Test
    void the_page_lists_the_users_own_sessions() {
        login(accounts.create());
        UI.getCurrent().navigate("account/security");
        assertThat(_get(Button.class, s -> s.withId("sessions-end-others")).isVisible()).isTrue();
    }

    /** Reads the QR code image the way a phone would, to check that it carries the secret shown as text. */
    private static String decodeQr(String dataUrl) throws Exception {
        assertThat(dataUrl).startsWith("data:image/png;base64,");
        byte[] png = Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }
}
