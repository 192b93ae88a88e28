package io.dangan.archive.rfid.spi;

/** An event of a sensor device (传感事件). */
public sealed interface SensorEvent extends DeviceEvent
        permits Measurement, SensorHealthChanged, DeviceAlarm, ConnectionChanged, DeliveryOverflow, DeviceFault {
}
