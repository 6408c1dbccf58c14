package org.gazette.admin;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import jakarta.servlet.http.Part;

import org.gazette.application.Actor;
import org.gazette.application.MediaLibrary;
import org.gazette.domain.RuleViolation;
import org.gazette.domain.media.MediaAsset;

/** An image posted from a screen, stored in the media library, or the reason it was not, told to the user. */
final class ImageUpload {

    private ImageUpload() {
    }

    static Optional<MediaAsset> store(MediaLibrary library, Part file, String alt, Actor actor) {
        if (file == null || file.getSize() == 0 && (file.getSubmittedFileName() == null || file.getSubmittedFileName().isEmpty())) {
            Messages.error("Choose an image file to upload.");
            return Optional.empty();
        }
        try (InputStream content = file.getInputStream()) {
            MediaAsset asset = library.upload(file.getSubmittedFileName(), file.getSize(), content, alt, actor);
            Messages.info("Uploaded " + asset.fileName() + " (" + asset.width() + " × " + asset.height() + " pixels).");
            return Optional.of(asset);
        } catch (RuleViolation refused) {
            Messages.error(refused.getMessage());
        } catch (IOException unreadable) {
            Messages.error("The upload of '" + file.getSubmittedFileName() + "' broke off; try again.");
        }
        return Optional.empty();
    }
}
