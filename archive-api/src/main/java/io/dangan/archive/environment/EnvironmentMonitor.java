package io.dangan.archive.environment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Environment monitoring (温湿度监控): evaluates each reading against its room type's profile and manages alerts.
 * Every alert change is emitted as an {@link AlertChanged}. Thread-safe.
 */
public interface EnvironmentMonitor {
    /**
     * Registers a sensor.
     *
     * @param sensorId the sensor
     * @param room its room
     * @param roomType the room type, a key of the profile table
     * @param expectedInterval how often it reports
     * @throws io.dangan.archive.InvalidInputException {@code ENVIRONMENT_PROFILE_INVALID} for an unknown room type
     */
    void registerSensor(String sensorId, String room, String roomType, Duration expectedInterval);

    /**
     * Evaluates one reading.
     *
     * @param reading the reading
     * @return the alerts it raised, changed or cleared, possibly none
     * @throws io.dangan.archive.NotFoundException {@code SENSOR_UNKNOWN} for an unregistered sensor
     */
    List<EnvironmentAlert> accept(Reading reading);

    /**
     * Passes a device alarm through as an alert.
     *
     * @param sensorId the sensor
     * @param alarmCode the device's code
     * @param at when
     * @return the alert
     */
    EnvironmentAlert deviceAlarm(String sensorId, String alarmCode, Instant at);

    /**
     * Raises offline alerts for sensors silent for more than {@code missedIntervals} expected intervals.
     *
     * @param now the instant to judge silence at
     * @return the alerts raised
     */
    List<EnvironmentAlert> checkOffline(Instant now);

    /**
     * Acknowledges an alert.
     *
     * @param alertId the alert
     * @param actor who
     * @return the acknowledged alert
     * @throws io.dangan.archive.NotFoundException {@code ALERT_STATE} for an unknown or cleared alert
     */
    EnvironmentAlert acknowledge(String alertId, String actor);

    /**
     * Clears a device alarm once the operator has dealt with it (other kinds clear on their own).
     *
     * @param alertId the alert
     * @param actor who
     * @return the cleared alert
     */
    EnvironmentAlert clear(String alertId, String actor);

    /** @return the alerts not yet cleared, oldest first */
    List<EnvironmentAlert> activeAlerts();
}
