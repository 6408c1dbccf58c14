package org.gazette.application.feedimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

class FeedDocumentLimitTest {

    private static final int LIMIT = 20 * 1024 * 1024;

    @Test
    void aDocumentUpToTheLimitIsReadWhole() throws Exception {
        byte[] largest = new byte[LIMIT];

        assertEquals(largest.length, FeedImport.readDocument(new ByteArrayInputStream(largest), LIMIT).length);
    }

    @Test
    void aLargerOneIsRefusedWithTheLimitNamedWithoutReadingOn() {
        EndlessUpload endless = new EndlessUpload();

        FeedImport.TooLarge refused = assertThrows(FeedImport.TooLarge.class, () -> FeedImport.readDocument(endless, LIMIT));

        assertEquals("The feed is larger than the import limit of 20 MB.", refused.getMessage());
        assertEquals(LIMIT + 1L, endless.served);
    }

    /** An upload that never ends, counting what was taken from it. */
    private static final class EndlessUpload extends InputStream {

        long served;

        @Override
        public int read() {
            served++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            served += length;
            return length;
        }
    }
}
