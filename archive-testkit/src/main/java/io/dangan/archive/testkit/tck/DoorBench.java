package io.dangan.archive.testkit.tck;

/** A {@link DeviceBench} for door controllers that can make a door open and close. */
public interface DoorBench extends DeviceBench {
    /** A bench that can do nothing. */
    DoorBench NONE = new DoorBench() {
    };

    /**
     * @param doorId a configured door
     * @return whether the bench opened it
     */
    default boolean open(String doorId) {
        return false;
    }

    /**
     * @param doorId a configured door
     * @return whether the bench closed it
     */
    default boolean close(String doorId) {
        return false;
    }

    /**
     * @param doorId a configured door
     * @param credentialRef the credential presented
     * @return whether the bench made the controller grant access
     */
    default boolean grant(String doorId, String credentialRef) {
        return false;
    }
}
