package id.sinergi.security.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.ui.Notifications;
import id.sinergi.security.QrCodes;
import id.sinergi.security.SecondFactorService;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Enrolling an authenticator app: the QR code (made on the server), the key to type in instead, and the first code. */
class EnrolmentPanel extends Composite<VerticalLayout> {

    final TextField code = new TextField();
    final Button confirm = new Button();

    EnrolmentPanel(SecondFactorService.Enrolment enrolment, Function<String, List<String>> confirmation,
                   Consumer<List<String>> onConfirmed) {
        // a data URL: the image (and the secret in it) goes out with this response only, never as a fetchable resource
        Image qr = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(QrCodes.png(enrolment.otpauthUri())),
                getTranslation("twofactor.qr.alt"));
        qr.setId("twofactor-qr");
        qr.setWidth("240px");
        Span key = new Span(enrolment.secret());
        key.setId("twofactor-secret");
        key.addClassName("sinergi-code");
        code.setLabel(getTranslation("twofactor.code"));
        code.setId("twofactor-code");
        code.setMaxLength(6);
        code.setAllowedCharPattern("[0-9]");
        code.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        confirm.setText(getTranslation("twofactor.confirm"));
        confirm.setId("twofactor-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            try {
                onConfirmed.accept(confirmation.apply(code.getValue()));
            } catch (BusinessRuleException wrong) {
                code.setErrorMessage(Notifications.message(wrong));
                code.setInvalid(true);
            }
        });
        getContent().setPadding(false);
        getContent().add(new Paragraph(getTranslation("twofactor.enrol.scan")), qr,
                new Paragraph(getTranslation("twofactor.enrol.manual")), key,
                new Paragraph(getTranslation("twofactor.enrol.confirm")), code, confirm);
    }
}
