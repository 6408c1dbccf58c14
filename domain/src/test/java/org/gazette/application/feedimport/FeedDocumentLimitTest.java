package org.gazette.application.feedimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

class FeedDocumentLimitTest {

    @Test
    void aDocumentUpToTheLimitIsReadWhole() throws Exception {
        byte[] largest = new byte[FeedImport.MAX_DOCUMENT_BYTES];

        assertEquals(largest.length, FeedImport.readDocument(new ByteArrayInputStream(largest)).length);
    }

    @Test
    void aLargerOneIsRefusedWithTheLimitNamedWithoutReadingOn() {
        EndlessUpload endless = new EndlessUpload();

        FeedImport.TooLarge refused = assertThrows(FeedImport.TooLarge.class, () -> FeedImport.readDocument(endless));

        assertEquals("The feed is larger than the import limit of 20 MB.", refused.getMessage());
        assertEquals(FeedImport.MAX_DOCUMENT_BYTES + 1L, endless.served);
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
