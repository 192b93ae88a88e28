package io.dangan.archive.testkit.hardware;

import io.dangan.archive.rfid.spi.Capability;
import io.dangan.archive.rfid.spi.Quantity;
import io.dangan.archive.rfid.spi.SensorConfig;
import io.dangan.archive.rfid.spi.SensorDescriptor;
import io.dangan.archive.rfid.spi.support.AbstractSensorDevice;
import java.time.Duration;
import java.util.Set;

/**
 * A fake environmental sensor device (模拟温湿度设备): the test emits readings (good, garbage, floods), stays silent
 * to make sensors go offline, and scripts link faults.
 */
public final class FakeSensorDevice extends AbstractSensorDevice {
    private final FakeLink link;

    FakeSensorDevice(SensorConfig config, Set<Capability> capabilities) {
        super(config, capabilities);
        this.link = new FakeLink(config.device().endpoint());
    }

    @Override
    protected void doConnect(Duration timeout) throws Exception {
        link.connect(timeout);
    }

    @Override
    protected void doDisconnect() {
    }

    @Override
    protected boolean probe() {
        return link.answers();
    }

    /**
     * Emits one reading (ignored while the link is silent).
     *
     * @param sensorId the sensor
     * @param quantity what
     * @param value the value; NaN or impossible values arrive quality-marked invalid
     */
    public void emit(String sensorId, Quantity quantity, double value) {
        if (link.answers()) {
            reportMeasurement(sensorId, quantity, value);
        }
    }

    /**
     * Emits a device alarm.
     *
     * @param sensorId the sensor
     * @param code the vendor code
     * @param message the vendor text
     */
    public void alarm(String sensorId, String code, String message) {
        reportDeviceAlarm(sensorId, code, message);
    }

    /** @param count how many temperature readings to emit at once, round-robin over the sensors (a flood) */
    public void burst(int count) {
        var sensors = sensorConfig.sensors();
        for (int i = 0; i < count; i++) {
            SensorDescriptor s = sensors.get(i % sensors.size());
            Quantity q = s.quantities().contains(Quantity.TEMPERATURE) ? Quantity.TEMPERATURE : Quantity.RELATIVE_HUMIDITY;
            reportMeasurement(s.sensorId(), q, 20.0 + (i % 10) / 10.0);
        }
    }

    /** Drops the link abruptly. */
    public void dropLink() {
        connectionLost("fake peer closed the connection");
    }

    /** Stops answering keepalives and refuses connects until {@link #restoreLink()}. */
    public void silenceLink() {
        link.silence();
    }

    /** Answers again. */
    public void restoreLink() {
        link.restore();
    }
}
