package io.dangan.archive.core.hardware;

import io.dangan.archive.inventory.GateAlarm;
import io.dangan.archive.rfid.spi.DeviceListener;
import io.dangan.archive.rfid.spi.DoorEvent;
import io.dangan.archive.rfid.spi.ReaderEvent;
import java.util.List;

/**
 * Gate control (出口门禁): a registered dossier's tag seen at an exit gate without an active loan or transfer raises
 * a {@link GateAlarm}, with the door events at the gate's doors around the read attached. Duplicate reads of the
 * same tag raise one alarm per suppression window. Subscribe {@link #readers()} to the gate readers and
 * {@link #doors()} to the door controllers. Thread-safe.
 */
public interface GateControl {
    /** @return the listener for gate readers */
    DeviceListener<ReaderEvent> readers();

    /** @return the listener for door controllers */
    DeviceListener<DoorEvent> doors();

    /** @return the alarms raised so far, oldest first */
    List<GateAlarm> alarms();
}
