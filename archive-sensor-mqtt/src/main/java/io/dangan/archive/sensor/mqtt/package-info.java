/**
 * A reference environmental-sensor provider for devices that publish readings over MQTT (MQTT 温湿度接入): a topic
 * pattern names where readings arrive and which level carries the sensor id, and a mapping names the JSON payload
 * fields of temperature, humidity, time and alarms. Built on the Eclipse Paho MQTT v3 client.
 */
@NullMarked
package io.dangan.archive.sensor.mqtt;

import org.jspecify.annotations.NullMarked;
