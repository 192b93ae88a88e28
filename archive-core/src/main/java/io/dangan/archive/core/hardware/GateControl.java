package io.dangan.archive.core.hardware;

import io.dangan.archive.inventory.GateAlarm;
import io.dangan.archive.rfid.spi.DeviceListener;
import io.dangan.archive.rfid.spi.DoorEvent;
import io.dangan.archive.rfid.spi.ReaderEvent;
import java.util.List;

/**
 * Gate control (出口门禁): a registered dossier's tag seen at an exit gate without an active loan or transfer raises
 * a {@link GateAlarm} at once, with the door events at the gate's doors around the read attached. Correlation works
 * both ways: a door event within the window that arrives after the alarm (the door opened after the read, or its
 * controller reported late) is attached to the open alarm and published as a
 * {@link io.dangan.archive.inventory.GateDoorCorrelated} follow-up, so the audit log holds the alarm and every door
 * event tied to it. Duplicate reads of the same tag at the same gate raise one alarm per suppression window;
 * duplicate door events are attached once. Subscribe {@link #readers()} to the gate readers and {@link #doors()} to
 * the door controllers. Thread-safe.
 */
public interface GateControl {
    /** @return the listener for gate readers */
    DeviceListener<ReaderEvent> readers();

    /** @return the listener for door controllers */
    DeviceListener<DoorEvent> doors();

    /** @return the alarms raised so far, oldest first, each with the door events attached to it by now */
    List<GateAlarm> alarms();
}
