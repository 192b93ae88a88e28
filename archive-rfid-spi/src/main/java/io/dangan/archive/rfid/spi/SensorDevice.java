package io.dangan.archive.rfid.spi;

import java.util.List;

/**
 * A device delivering environmental readings (温湿度传感设备): one probe, or a gateway or broker connection behind
 * which many sensors report.
 */
public interface SensorDevice extends Device<SensorEvent> {
    /** @return the sensors it reports for */
    List<SensorDescriptor> sensors();
}
