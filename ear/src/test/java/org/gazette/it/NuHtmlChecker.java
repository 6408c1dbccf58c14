package org.gazette.it;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The Nu HTML Checker (the engine behind validator.w3.org/nu), run in-process on a page's markup. */
final class NuHtmlChecker {

    /** The schema the checker's own command line uses for HTML documents. */
    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private NuHtmlChecker() {
    }

    /** Every error the checker reports, each with its line and column; warnings and notes are not errors. */
    static List<String> errors(String html) throws Exception {
        Collector collector = new Collector();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, true);
        validator.setUpMainSchema(HTML5_SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, true, false);
        validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
        return collector.errors;
    }

    private static final class Collector implements ErrorHandler {

        private final List<String> errors = new ArrayList<>();

        @Override
        public void warning(SAXParseException exception) {
            // Warnings are advice, such as "consider adding a lang attribute"; the bar is zero errors.
        }

        @Override
        public void error(SAXParseException exception) {
            errors.add(describe(exception));
        }

        @Override
        public void fatalError(SAXParseException exception) {
            errors.add(describe(exception));
        }

        private static String describe(SAXParseException exception) {
            return exception.getLineNumber() + ":" + exception.getColumnNumber() + " " + exception.getMessage();
        }
    }
}
