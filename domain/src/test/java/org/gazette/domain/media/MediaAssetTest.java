package org.gazette.domain.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.gazette.domain.RuleViolation;
import org.junit.jupiter.api.Test;

class MediaAssetTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    @Test
    void aCopiedImageIsNamedAfterItsFileOnTheOldSiteAndRemembersWhereItCameFrom() throws IOException {
        String source = "https://old.example/wp-content/uploads/2025/10/Chisel%20Edge.png?resize=800";
        MediaAsset copied = MediaAsset.copiedFrom(source, TestImages.drawn(40, 20, "png"), "A chisel's edge", "ada", NOW).asset();
        MediaAsset unnamed = MediaAsset.copiedFrom("https://old.example/", TestImages.drawn(40, 20, "png"), "A chisel", "ada", NOW).asset();

        assertEquals("chisel-20edge.png", copied.fileName());
        assertEquals(java.util.Optional.of(source), copied.sourceUrl());
        assertEquals("image", unnamed.fileName());
        assertEquals(java.util.Optional.empty(), MediaAsset.of("a.png", TestImages.drawn(40, 20, "png"), "A", "ada", NOW).asset().sourceUrl());
    }

    @Test
    void aLargeImageIsKeptAsUploadedAndScaledToEveryNarrowerWidth() throws IOException {
        byte[] png = TestImages.drawn(2000, 1000, "png");
        MediaAsset.Upload upload = MediaAsset.of("Harbour View.PNG", png, "Boats in a harbour", "ada", NOW);
        MediaAsset asset = upload.asset();

        assertEquals(List.of(480, 960, 1600, 2000), asset.widths());
        assertEquals("harbour-view.png", asset.fileName());
        assertEquals("/media/" + asset.id() + "/2000/harbour-view.png", asset.url());
        assertEquals(2000, asset.width());
        assertEquals(1000, asset.height());
        assertEquals("image/png", asset.contentType());
        assertEquals(4, upload.files().size());
        assertArrayEquals(png, upload.files().get(3).bytes());
        var smallest = ImageIO.read(new ByteArrayInputStream(upload.files().get(0).bytes()));
        assertEquals(480, smallest.getWidth());
        assertEquals(240, smallest.getHeight());
        assertTrue(asset.sourceSet().startsWith("/media/" + asset.id() + "/480/harbour-view.png 480w, "), asset.sourceSet());
    }

    @Test
    void aSmallJpegIsNotScaledUpAndStaysJpeg() {
        MediaAsset.Upload upload = MediaAsset.of("icon.jpg", TestImages.drawn(300, 200, "jpeg"), "An icon", "ada", NOW);
        assertEquals(List.of(300), upload.asset().widths());
        assertEquals("image/jpeg", upload.files().get(0).contentType());
    }

    @Test
    void aTextFileWithAnImageNameIsRefusedByItsContent() {
        byte[] text = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> MediaAsset.of("photo.jpg", text, "A photo", "ada", NOW));
        assertTrue(refused.getMessage().contains("'photo.jpg' is not an image"), refused.getMessage());
    }

    @Test
    void aBitmapIsRefusedAsNotAWebFormat() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> MediaAsset.of("scan.png", TestImages.drawn(10, 10, "bmp"), "A scan", "ada", NOW));
        assertTrue(refused.getMessage().contains("is a BMP image"), refused.getMessage());
    }

    @Test
    void anImageClaimingBillionsOfPixelsIsRefusedBeforeItIsDecoded() throws IOException {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> MediaAsset.of("bomb.png", pngHeader(60_000, 60_000), "Nothing", "ada", NOW));
        assertTrue(refused.getMessage().contains("60000 × 60000 pixels"), refused.getMessage());
    }

    @Test
    void anImageWithFewEnoughPixelsButTooManyBytesPerPixelIsRefusedBeforeItIsDecoded() throws IOException {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> MediaAsset.of("deep.png", pngHeader(3_700, 3_500, 16, 6), "Nothing", "ada", NOW));
        assertTrue(refused.getMessage().contains("would take 98 MB of memory to open (3700 × 3500 pixels of 64 bits)"), refused.getMessage());
        RuleViolation sameSizeButEightBits = assertThrows(RuleViolation.class,
                () -> MediaAsset.of("flat.png", pngHeader(3_700, 3_500, 8, 6), "Nothing", "ada", NOW));
        assertTrue(sameSizeButEightBits.getMessage().contains("damaged or incomplete"), "read as far as its missing pixels: "
                + sameSizeButEightBits.getMessage());
    }

    @Test
    void aTruncatedImageIsRefusedAsDamaged() {
        byte[] png = TestImages.drawn(200, 100, "png");
        byte[] truncated = java.util.Arrays.copyOf(png, png.length / 2);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> MediaAsset.of("cut.png", truncated, "Cut", "ada", NOW));
        assertTrue(refused.getMessage().contains("damaged or incomplete"), refused.getMessage());
    }

    @Test
    void anImageNeedsAltText() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> MediaAsset.of("a.png", TestImages.drawn(10, 10, "png"), " ", "ada", NOW));
        assertTrue(refused.getMessage().contains("alt text"), refused.getMessage());
    }

    @Test
    void anAddressNamesItsAssetAndWidthWhetherRelativeOrAbsolute() {
        String id = "0b7f6c52-3f0e-4a43-9a55-59c1f44e4c11";
        assertEquals(new MediaAsset.Served(id, 960), MediaAsset.servedAt("https://blog.example/media/" + id + "/960/a.png").orElseThrow());
        assertEquals(new MediaAsset.Served(id, 480), MediaAsset.servedAt("/media/" + id + "/480/a-b.jpg").orElseThrow());
        assertTrue(MediaAsset.servedAt("https://cdn.example/cover.png").isEmpty());
    }

    @Test
    void fileNamesLoseDirectoriesAndUnsafeCharacters() {
        assertEquals("my-holiday-photo-1-.jpg", MediaAsset.safeFileName("C:\\Users\\ada\\My Holiday Photo (1).jpg"));
        assertEquals("passwd", MediaAsset.safeFileName("../../etc/passwd"));
        assertThrows(RuleViolation.class, () -> MediaAsset.safeFileName("../"));
    }

    /** A PNG signature and header chunk only: enough for a reader to learn the claimed size. */
    private static byte[] pngHeader(int width, int height) throws IOException {
        return pngHeader(width, height, 8, 2);
    }

    /** The opening of a PNG that promises this size, bit depth and colour type (2 RGB, 6 RGBA). */
    private static byte[] pngHeader(int width, int height, int bitDepth, int colourType) throws IOException {
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(chunk);
        data.writeBytes("IHDR");
        data.writeInt(width);
        data.writeInt(height);
        data.write(new byte[] {(byte) bitDepth, (byte) colourType, 0, 0, 0});
        CRC32 crc = new CRC32();
        crc.update(chunk.toByteArray());
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(file);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        out.writeInt(13);
        out.write(chunk.toByteArray());
        out.writeInt((int) crc.getValue());
        return file.toByteArray();
    }
}
