package org.denialflow.appeal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Attachment bytes kept in a folder instead of the database ({@code denialflow.appeal.attachment-folder}), one
 * file per denial and content ({@code <denial id>/<sha256>}). A file is written completely and synced before the
 * database row that names it is committed; if that transaction rolls back, a file it created is removed again,
 * so the folder holds no document the ledger does not know. Reading checks the checksum.
 */
final class AttachmentFolder {

    private final Path root;

    AttachmentFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Writes the content and returns where it lies, relative to the folder. */
    String write(long denialId, String sha256, byte[] content) {
        String location = denialId + "/" + sha256;
        Path target = resolve(location);
        try {
            if (Files.exists(target)) {
                return location;
            }
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), sha256, ".partial");
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(content));
                channel.force(true);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            removeOnRollback(target);
            return location;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the attachment in " + root, e);
        }
    }

    byte[] read(String location, String sha256) {
        Path file = resolve(location);
        try {
            byte[] content = Files.readAllBytes(file);
            if (!Checksums.sha256(content).equals(sha256)) {
                throw new IllegalStateException("Attachment file " + file + " does not match its checksum: changed "
                        + "outside DenialFlow. Restore it from the backup.");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException("Attachment file " + file + " cannot be read. Restore it from the backup.", e);
        }
    }

    void delete(String location) {
        try {
            Files.deleteIfExists(resolve(location));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path resolve(String location) {
        Path file = root.resolve(location).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("Attachment location outside the folder: " + location);
        }
        return file;
    }

    private static void removeOnRollback(Path file) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        try {
                            Files.deleteIfExists(file);
                        } catch (IOException e) {
                            // a leftover file does no harm: no row names it
                        }
                    }
                }
            });
        }
    }
}
