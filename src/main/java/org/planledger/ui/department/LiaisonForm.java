package org.planledger.ui.department;

import java.util.Optional;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.planledger.i18n.Text;
import org.planledger.model.Liaison;

/**
 * The liaison officer of the selected department as the form edits it, and what is wrong with
 * it: a name and a phone are needed, phones are digits and dashes, an email has an @, a deputy's
 * phone needs the deputy's name. {@link #problemProperty()} is null when it can be saved.
 */
public final class LiaisonForm {

    /** Digits with dashes, spaces or brackets, maybe a leading +: 0531-86163276, 138 0000 1234, (0531)8616. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9()（）\\- ]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty deputyName = new SimpleStringProperty(this, "deputyName", "");
    private final StringProperty deputyPhone = new SimpleStringProperty(this, "deputyPhone", "");
    private final ObjectProperty<Liaison> saved = new SimpleObjectProperty<>(this, "saved");
    private final ObjectBinding<Text> problem = Bindings.createObjectBinding(this::check,
            name, phone, email, deputyName, deputyPhone);
    private final BooleanBinding changed = Bindings.createBooleanBinding(
            () -> !value().equals(saved.get() == null ? empty() : normalized(saved.get())),
            name, phone, email, deputyName, deputyPhone, saved);

    /** Null when the number looks like a phone number (or is blank), else why not. */
    public static Text phoneProblem(String number) {
        String n = strip(number);
        if (n.isEmpty()) {
            return null;
        }
        long digits = n.chars().filter(Character::isDigit).count();
        return PHONE.matcher(n).matches() && digits >= 5 && digits <= 15 ? null
                : Text.of("ui.liaison.problem.phoneFormat", n);
    }

    private Text check() {
        if (strip(name.get()).isEmpty()) {
            return Text.of("ui.liaison.problem.name");
        }
        if (strip(phone.get()).isEmpty()) {
            return Text.of("ui.liaison.problem.phone");
        }
        Text bad = phoneProblem(phone.get());
        if (bad != null) {
            return bad;
        }
        String mail = strip(email.get());
        if (!mail.isEmpty() && !EMAIL.matcher(mail).matches()) {
            return Text.of("ui.liaison.problem.email", mail);
        }
        if (!strip(deputyPhone.get()).isEmpty()) {
            if (strip(deputyName.get()).isEmpty()) {
                return Text.of("ui.liaison.problem.deputyName");
            }
            Text badDeputy = phoneProblem(deputyPhone.get());
            if (badDeputy != null) {
                return badDeputy;
            }
        }
        return null;
    }

    /** Shows a department's liaison, or empty fields when it has none yet. */
    public void load(Optional<Liaison> liaison) {
        Liaison l = liaison.map(LiaisonForm::normalized).orElse(empty());
        saved.set(liaison.isPresent() ? l : null);
        name.set(l.name());
        phone.set(l.phone());
        email.set(l.email());
        deputyName.set(l.deputyName());
        deputyPhone.set(l.deputyPhone());
    }

    /** What the form holds, trimmed. */
    public Liaison value() {
        return new Liaison(strip(name.get()), strip(phone.get()), strip(email.get()), strip(deputyName.get()),
                strip(deputyPhone.get()));
    }

    void saved(Liaison l) {
        saved.set(normalized(l));
    }

    private static Liaison empty() {
        return new Liaison("", "", "", "", "");
    }

    private static Liaison normalized(Liaison l) {
        return new Liaison(strip(l.name()), strip(l.phone()), strip(l.email()), strip(l.deputyName()),
                strip(l.deputyPhone()));
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    public ObjectBinding<Text> problemProperty() {
        return problem;
    }

    /** True when the fields differ from what is saved. */
    public BooleanBinding changedProperty() {
        return changed;
    }

    public boolean hasLiaison() {
        return saved.get() != null;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty deputyNameProperty() {
        return deputyName;
    }

    public StringProperty deputyPhoneProperty() {
        return deputyPhone;
    }
}
