package io.dangan.archive.rfid.spi;

/** An event of a tag reader (读写器事件). */
public sealed interface ReaderEvent extends DeviceEvent
        permits TagObserved, InventoryStarted, InventoryStopped, AntennaChanged, BufferWarning,
                ConnectionChanged, DeliveryOverflow, DeviceFault {
}
