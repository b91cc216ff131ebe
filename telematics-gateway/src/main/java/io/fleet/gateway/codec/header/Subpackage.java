package io.fleet.gateway.codec.header;

/** Packet item of a multi-part message: {@code index} counts from 1 to {@code total}. */
public record Subpackage(int total, int index) {
}
