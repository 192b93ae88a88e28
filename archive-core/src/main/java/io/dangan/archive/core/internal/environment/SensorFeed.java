package io.dangan.archive.core.internal.environment;

import io.dangan.archive.environment.EnvironmentMonitor;
import io.dangan.archive.environment.Measure;
import io.dangan.archive.environment.Reading;
import io.dangan.archive.rfid.spi.DeviceAlarm;
import io.dangan.archive.rfid.spi.DeviceListener;
import io.dangan.archive.rfid.spi.Measurement;
import io.dangan.archive.rfid.spi.Quantity;
import io.dangan.archive.rfid.spi.SensorEvent;
import java.util.Objects;

/**
 * Feeds a sensor device's events into the monitor: measurements become readings (invalid ones are not evaluated
 * and are no data: a sensor sending only invalid values goes offline), device alarms become alerts. Events for sensors the monitor does not know are ignored.
 */
public final class SensorFeed implements DeviceListener<SensorEvent> {
    private final EnvironmentMonitor monitor;

    /** @param monitor the monitor */
    public SensorFeed(EnvironmentMonitor monitor) {
        this.monitor = Objects.requireNonNull(monitor, "monitor");
    }

    @Override
    public void onEvent(SensorEvent event) {
        try {
            if (event instanceof Measurement m) {
                Measure measure = m.quantity() == Quantity.TEMPERATURE ? Measure.TEMPERATURE : Measure.RELATIVE_HUMIDITY;
                monitor.accept(new Reading(m.sensorId(), measure, m.value(), m.usable(), m.at()));
            } else if (event instanceof DeviceAlarm a) {
                monitor.deviceAlarm(a.sensorId(), a.alarmCode(), a.at());
            }
        } catch (io.dangan.archive.NotFoundException unknownSensor) {
            // a sensor the integrator did not register with the monitor: nothing to evaluate
        }
    }
}
