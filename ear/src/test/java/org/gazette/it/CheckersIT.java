package org.gazette.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The page checks other tests rely on can fail: the Nu HTML Checker, axe-core and the phone-width
 * check in Chromium each object to markup that is known to be wrong and accept markup known to be right.
 */
class CheckersIT {

    private static final String VALID = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Fine</title></head>"
            + "<body><main><h1>Fine</h1><p>A paragraph.</p></main></body></html>";

    @Test
    void theNuCheckerReportsInvalidMarkupAndOnlyThat() throws Exception {
        assertEquals(List.of(), NuHtmlChecker.errors(VALID));

        List<String> errors = NuHtmlChecker.errors(VALID.replace("<p>A paragraph.</p>", "<p id=\"a\">A</p><p id=\"a\"><div>B</div></p>"));
        assertTrue(errors.stream().anyMatch(error -> error.contains("Duplicate ID")), errors.toString());
        assertTrue(errors.stream().anyMatch(error -> error.contains("No “p” element in scope")), errors.toString());
    }

    @Test
    void axeReportsSeriousViolationsAndOnlyThose() throws Exception {
        ChromeDriver browser = Browser.start();
        try {
            browser.get(dataUrl(VALID));
            assertEquals(List.of(), Browser.seriousAccessibilityViolations(browser));

            browser.get(dataUrl(VALID.replace("<p>A paragraph.</p>", "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">")));
            List<String> violations = Browser.seriousAccessibilityViolations(browser);
            assertTrue(violations.stream().anyMatch(violation -> violation.contains("image-alt")), violations.toString());
        } finally {
            browser.quit();
        }
    }

    @Test
    void thePhoneCheckNoticesAPageWiderThanThePhone() throws Exception {
        ChromeDriver browser = Browser.start();
        try {
            browser.get(dataUrl(VALID));
            assertEquals(Optional.empty(), Browser.horizontalOverflowOnAPhone(browser));

            browser.get(dataUrl(VALID.replace("<p>A paragraph.</p>", "<pre>" + "x".repeat(200) + "</pre>")));
            assertTrue(Browser.horizontalOverflowOnAPhone(browser).orElse("").contains("px wide on a 320 px phone"));
        } finally {
            browser.quit();
        }
    }

    private static String dataUrl(String html) {
        return "data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
