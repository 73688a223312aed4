package dev.lede.pipeline.web;

/**
 * A request parameter the server will not accept; answered with 400 and this message, which names the
 * parameter and says what would be accepted.
 */
public final class InvalidParameterException extends RuntimeException {
    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The offending parameter's name. */
    public String parameter() {
        return parameter;
    }
}
