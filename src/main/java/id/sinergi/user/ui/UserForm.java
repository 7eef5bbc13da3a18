package id.sinergi.user.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationResult;
import id.sinergi.agency.Agency;
import id.sinergi.user.PasswordPolicy;
import id.sinergi.user.Role;
import id.sinergi.user.User;
import java.util.List;

/** The fields of a user account, validated with Bean Validation and the role/agency rule. */
class UserForm extends Composite<FormLayout> {

    final TextField username = new TextField();
    final TextField fullName = new TextField();
    final ComboBox<Role> role = new ComboBox<>();
    final ComboBox<Agency> agency = new ComboBox<>();
    final Select<String> language = new Select<>();
    final Checkbox enabled = new Checkbox();
    final PasswordField initialPassword = new PasswordField();
    private final BeanValidationBinder<User> binder = new BeanValidationBinder<>(User.class);

    UserForm(List<Agency> agencies, boolean isNew) {
        username.setLabel(getTranslation("user.username"));
        username.setHelperText(getTranslation("user.username.help"));
        username.setMaxLength(User.USERNAME_MAX_LENGTH);
        username.setReadOnly(!isNew);
        username.setId("user-username");
        fullName.setLabel(getTranslation("user.fullName"));
        fullName.setMaxLength(User.FULL_NAME_MAX_LENGTH);
        fullName.setId("user-fullname");
        role.setLabel(getTranslation("user.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        role.setId("user-role");
        agency.setLabel(getTranslation("user.agency"));
        agency.setItems(agencies);
        agency.setItemLabelGenerator(a -> a.getAbbreviation() + " — " + a.getName());
        agency.setClearButtonVisible(true);
        agency.setId("user-agency");
        language.setLabel(getTranslation("user.language"));
        language.setItems("id", "en");
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        language.setId("user-language");
        enabled.setLabel(getTranslation("user.enabled"));
        enabled.setId("user-enabled");
        initialPassword.setLabel(getTranslation("user.initialPassword"));
        initialPassword.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        initialPassword.setVisible(isNew);
        initialPassword.setId("user-password");

        binder.forField(username).asRequired(getTranslation("validation.required")).bind("username");
        binder.forField(fullName).asRequired(getTranslation("validation.required")).bind("fullName");
        binder.forField(role).asRequired(getTranslation("validation.required")).bind("role");
        binder.forField(agency)
                .withValidator((value, context) -> role.getValue() == Role.LIAISON && value == null
                        ? ValidationResult.error(getTranslation("user.error.agencyRequired")) : ValidationResult.ok())
                .bind("agency");
        binder.forField(language).bind("preferredLanguage");
        binder.forField(enabled).bind("enabled");
        role.addValueChangeListener(e -> binder.validate());
        getContent().add(username, fullName, role, agency, language, enabled, initialPassword);
    }

    void edit(User user) {
        binder.readBean(user);
    }

    /** Writes valid input into the user; false (and errors next to the fields) when something is wrong. */
    boolean writeTo(User user) {
        return binder.writeBeanIfValid(user);
    }
}
