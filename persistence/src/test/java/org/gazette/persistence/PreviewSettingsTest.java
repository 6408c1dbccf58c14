package org.gazette.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class PreviewSettingsTest {

    @Test
    void theLifetimeIsAWholeNumberOfDaysFromOneToAYear() {
        assertEquals(Duration.ofDays(14), PreviewSettings.lifetime("14"));
        assertEquals(Duration.ofDays(1), PreviewSettings.lifetime(" 1 "));
        for (String wrong : new String[] {"0", "366", "two weeks", ""}) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> PreviewSettings.lifetime(wrong));
            assertTrue(refused.getMessage().contains("GAZETTE_PREVIEW_DAYS") && refused.getMessage().contains("'" + wrong + "'"), refused.getMessage());
        }
    }
}
