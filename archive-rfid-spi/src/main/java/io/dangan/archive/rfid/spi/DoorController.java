package io.dangan.archive.rfid.spi;

import java.util.List;

/** A door controller (门禁控制器) reporting door state and access decisions. */
public interface DoorController extends Device<DoorEvent> {
    /** @return the doors it controls */
    List<String> doorIds();
}
