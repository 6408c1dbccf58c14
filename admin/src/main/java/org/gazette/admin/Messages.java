package org.gazette.admin;

import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.gazette.domain.RuleViolation;

/** The one place admin screens turn outcomes into messages for the user. */
final class Messages {

    private Messages() {
    }

    /**
     * Runs a change the user asked for: on success says what it did (the text the change returns) and
     * goes to {@code next}; when a rule refuses it, says why and stays on the page with what was typed.
     */
    static String attempt(Supplier<String> change, String next) {
        return attempt(change, () -> next);
    }

    /** As {@link #attempt(Supplier, String)}, for a next page that depends on the change, such as a new address. */
    static String attempt(Supplier<String> change, Supplier<String> next) {
        try {
            info(change.get());
            return next.get();
        } catch (RuleViolation refused) {
            error(refused.getMessage());
            return null;
        } catch (ConstraintViolationException invalid) {
            error(whatIsMissing(invalid));
            return null;
        }
    }

    /** What a service's checks of its arguments found wrong (a blank title, a summary too long), in the words of its rules. */
    static String whatIsMissing(ConstraintViolationException invalid) {
        return invalid.getConstraintViolations().stream().map(ConstraintViolation::getMessage).sorted().collect(Collectors.joining(" "));
    }

    static void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }
}
