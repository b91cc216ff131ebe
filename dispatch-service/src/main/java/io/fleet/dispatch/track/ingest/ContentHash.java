package io.fleet.dispatch.track.ingest;

/**
 * 64-bit FNV-1a of a report's wire bytes. Only compared among points of one vehicle with the same fix time, so 64
 * bits make an accidental collision (two different reports at the same second treated as one) negligible.
 */
public final class ContentHash {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private ContentHash() {
    }

    public static long of(byte[] bytes) {
        long hash = OFFSET;
        for (byte b : bytes) {
            hash ^= b & 0xff;
            hash *= PRIME;
        }
        return hash;
    }
}
