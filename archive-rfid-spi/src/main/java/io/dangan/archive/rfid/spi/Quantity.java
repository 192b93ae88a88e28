package io.dangan.archive.rfid.spi;

/** What a sensor measures (测量量), with its unit and the physically possible range of readings. */
public enum Quantity {
    /** Air temperature in degrees Celsius. */
    TEMPERATURE("°C", -100.0, 150.0),
    /** Relative humidity in percent. */
    RELATIVE_HUMIDITY("%RH", 0.0, 100.0);

    private final String unit;
    private final double min;
    private final double max;

    Quantity(String unit, double min, double max) {
        this.unit = unit;
        this.min = min;
        this.max = max;
    }

    /** @return the unit symbol */
    public String unit() {
        return unit;
    }

    /**
     * @param value a reading
     * @return whether it is finite and physically possible for an archive-room probe
     */
    public boolean possible(double value) {
        return value >= min && value <= max;
    }
}
