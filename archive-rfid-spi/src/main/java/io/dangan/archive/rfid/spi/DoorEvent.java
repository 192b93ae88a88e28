package io.dangan.archive.rfid.spi;

/** An event of a door controller (门禁事件). */
public sealed interface DoorEvent extends DeviceEvent
        permits DoorEvent.AtDoor, ConnectionChanged, DeliveryOverflow, DeviceFault {
    /** Door-specific events name the door. */
    sealed interface AtDoor extends DoorEvent permits DoorOpened, DoorClosed, DoorForced, DoorHeldOpen,
            AccessGranted, AccessDenied {
        /** @return the door's id */
        String doorId();
    }
}
