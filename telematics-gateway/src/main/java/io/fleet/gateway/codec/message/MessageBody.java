package io.fleet.gateway.codec.message;

/** A decoded message body. Each message type is a record in its feature package. */
public interface MessageBody {

    /** The id this body is sent under. */
    int messageId();
}
