package io.dangan.archive.core.hardware;

import io.dangan.archive.inventory.TagBinding;
import io.dangan.archive.inventory.TagRegistry;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.rfid.spi.TagReader;
import io.dangan.archive.rfid.spi.TagId;

/** A {@link TagRegistry} that can also write a dossier's code into a physical tag through a reader (写标签). */
public interface HardwareTagRegistry extends TagRegistry {
    /**
     * Writes the dossier's active code into a tag and emits {@code tag.written}.
     *
     * @param dossier the dossier
     * @param reader a connected reader declaring {@code WRITE_EPC}
     * @param current the tag as it reads now (blank or a previous code)
     * @param actor who
     * @return the binding written
     * @throws io.dangan.archive.NotFoundException {@code TAG_NOT_BOUND} when the dossier has no active tag
     * @throws io.dangan.archive.ConflictException {@code TAG_WRITE_FAILED} when the reader cannot write or the write
     *     fails
     */
    TagBinding write(DossierId dossier, TagReader reader, TagId current, String actor);
}
