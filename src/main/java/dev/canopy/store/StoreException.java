package dev.canopy.store;

/** The store could not be opened or used; the message is written for the technician. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
