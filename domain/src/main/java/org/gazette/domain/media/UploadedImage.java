package org.gazette.domain.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

import net.coobird.thumbnailator.Thumbnails;

import org.gazette.domain.RuleViolation;

/**
 * An uploaded file that proved to be a web image by its content, whatever its name says: decoded by
 * an image reader for one of the formats browsers show, and not so large in pixels that decoding it
 * could exhaust the server's memory.
 */
public final class UploadedImage {

    /** Widths a browser may choose from in {@code srcset}, besides the original. */
    static final int[] RENDITION_WIDTHS = {480, 960, 1600};
    static final long MAX_PIXELS = 40_000_000L;
    /** What decoding an image may take of the heap: a fifth of a 512 MB server, with room for the copies scaling makes. */
    static final long MAX_DECODED_BYTES = 96L * 1024 * 1024;
    private static final Map<String, String> WEB_FORMATS = Map.of("jpeg", "image/jpeg", "png", "image/png", "gif", "image/gif");

    private final byte[] bytes;
    private final String format;
    private final BufferedImage image;

    private UploadedImage(byte[] bytes, String format, BufferedImage image) {
        this.bytes = bytes;
        this.format = format;
        this.image = image;
    }

    /** Reads the bytes as an image, or refuses them with a message that names the file and the problem. */
    public static UploadedImage read(String fileName, byte[] bytes) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new RuleViolation("'" + fileName + "' is not an image: its content is not JPEG, PNG or GIF, whatever its name says.");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!WEB_FORMATS.containsKey(format)) {
                    throw new RuleViolation("'" + fileName + "' is a " + format.toUpperCase(Locale.ROOT)
                            + " image; upload JPEG, PNG or GIF, which every browser shows.");
                }
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new RuleViolation("'" + fileName + "' has " + reader.getWidth(0) + " × " + reader.getHeight(0)
                            + " pixels; images may have at most " + MAX_PIXELS / 1_000_000 + " megapixels.");
                }
                long bytesPerPixel = bytesPerPixel(reader);
                long decoded = pixels * bytesPerPixel;
                if (decoded > MAX_DECODED_BYTES) {
                    throw new RuleViolation("'" + fileName + "' would take " + decoded / (1024 * 1024) + " MB of memory to open ("
                            + reader.getWidth(0) + " × " + reader.getHeight(0) + " pixels of " + bytesPerPixel * 8
                            + " bits); images may take at most " + MAX_DECODED_BYTES / (1024 * 1024)
                            + " MB. Save it with 8 bits per channel, or with fewer pixels.");
                }
                return new UploadedImage(bytes, format, reader.read(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolation violation) {
                throw violation;
            }
            throw new RuleViolation("'" + fileName + "' could not be read as an image: it is damaged or incomplete.");
        }
    }

    /** The content type of a stored file, from its first bytes, without decoding it; refused unless browsers show it. */
    static String contentTypeOf(String fileName, byte[] bytes) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            String format = readers.hasNext() ? readers.next().getFormatName().toLowerCase(Locale.ROOT) : "";
            if (!WEB_FORMATS.containsKey(format)) {
                throw new RuleViolation("A stored file of '" + fileName + "' is not a JPEG, PNG or GIF image.");
            }
            return WEB_FORMATS.get(format);
        } catch (IOException e) {
            throw new RuleViolation("A stored file of '" + fileName + "' could not be read: it is damaged or incomplete.");
        }
    }

    /** How many bytes each pixel takes once decoded, from the image's header: 8 for 16-bit RGBA, 3 for a JPEG. */
    private static long bytesPerPixel(ImageReader reader) throws IOException {
        ImageTypeSpecifier type = reader.getRawImageType(0);
        if (type == null) {
            Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
            type = types.hasNext() ? types.next() : null;
        }
        if (type == null) {
            return 4;
        }
        int bits = 0;
        for (int band = 0; band < type.getNumBands(); band++) {
            bits += type.getBitsPerBand(band);
        }
        return Math.max(1, (bits + 7) / 8);
    }

    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }

    public String contentType() {
        return WEB_FORMATS.get(format);
    }

    /** The file as uploaded, byte for byte: the largest size, and for animated GIFs the only one that still moves. */
    public Rendition original() {
        return new Rendition(width(), contentType(), bytes);
    }

    /** Scaled-down copies at the rendition widths narrower than the original; GIFs become PNGs. */
    public List<Rendition> smaller() {
        String target = "jpeg".equals(format) ? "jpeg" : "png";
        return IntStream.of(RENDITION_WIDTHS).filter(width -> width < width()).mapToObj(width -> scaled(width, target)).toList();
    }

    private Rendition scaled(int width, String target) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Thumbnails.of(image).width(width).outputFormat(target).outputQuality(0.85).toOutputStream(out);
            return new Rendition(width, WEB_FORMATS.get(target), out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One size of an image, as served. */
    public record Rendition(int width, String contentType, byte[] bytes) {
    }
}
