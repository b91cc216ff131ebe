package io.fleet.gateway.server.session;

import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.RawBody;
import io.fleet.gateway.codec.message.security.RsaPublicKey;
import io.fleet.gateway.server.downlink.PendingCommands;
import io.netty.channel.Channel;
import io.netty.util.AttributeKey;

/**
 * Per-connection state, created with the channel and only touched on its event loop. Holds who the terminal is
 * once authenticated, the platform's outgoing serial counter, what is in flight and the read gate.
 */
public final class TerminalSession {

    public static final AttributeKey<TerminalSession> KEY = AttributeKey.valueOf("fleet.terminalSession");

    /** Where a connection is in the register/authenticate sequence. */
    public enum State { NEW, AUTHENTICATING, AUTHENTICATED }

    private final Channel channel;
    private final ReadGate readGate;
    private final TokenBucket frameRate;
    private final PendingCommands commands = new PendingCommands();
    private State state = State.NEW;
    private String phone;
    private MessageHeader lastHeader;
    private ProtocolVersion registrationLayout;
    private int nextSerial;
    private int pendingWrites;
    private long sessionRefreshedNanos;
    private int tooLongInARow;
    private RsaPublicKey terminalKey;

    public TerminalSession(Channel channel, int maxFramesPerSecond) {
        this.channel = channel;
        this.readGate = new ReadGate(channel);
        this.frameRate = new TokenBucket(maxFramesPerSecond, System::nanoTime);
    }

    public static TerminalSession of(Channel channel) {
        return channel.attr(KEY).get();
    }

    /** Remembers how the terminal addresses itself (phone digits, header edition) for what we send it. */
    public void seen(MessageHeader header) {
        lastHeader = header;
    }

    /** A platform message with the next serial, addressed like {@code to} (phone digits, header edition). */
    public Jt808Message outgoing(MessageHeader to, MessageBody body) {
        int serial = nextSerial;
        nextSerial = (nextSerial + 1) & 0xffff;
        return Jt808Message.of(to.version(), to.phone(), serial, body);
    }

    /**
     * The header of a platform message of {@code serials} packets addressed like the terminal's last message: it
     * carries the first serial, and the counter moves past all of them.
     */
    public MessageHeader outgoingHeader(int messageId, int serials) {
        int serial = nextSerial;
        nextSerial = (nextSerial + serials) & 0xffff;
        return MessageHeader.of(lastHeader.version(), messageId, lastHeader.phone(), serial);
    }

    /** A downlink command body encoded elsewhere, addressed like the terminal's last message. */
    public Jt808Message outgoingRaw(int messageId, byte[] body) {
        return outgoing(lastHeader, new RawBody(messageId, body));
    }

    /** "2011" for a terminal that registered in the 2011 layout on this connection, else the header edition. */
    public String versionLabel(Jt808Message message) {
        if (registrationLayout == ProtocolVersion.V2011 && !message.header().version2019()) {
            return ProtocolVersion.V2011.label();
        }
        return message.version().label();
    }

    public void registeredWith(ProtocolVersion layout) {
        this.registrationLayout = layout;
    }

    public void authenticated(String normalisedPhone) {
        this.phone = normalisedPhone;
        this.state = State.AUTHENTICATED;
    }

    public boolean isAuthenticated() {
        return state == State.AUTHENTICATED;
    }

    public State state() {
        return state;
    }

    public void state(State newState) {
        this.state = newState;
    }

    public String phone() {
        return phone;
    }

    public Channel channel() {
        return channel;
    }

    public ReadGate readGate() {
        return readGate;
    }

    public TokenBucket frameRate() {
        return frameRate;
    }

    public PendingCommands commands() {
        return commands;
    }

    public int pendingWrites() {
        return pendingWrites;
    }

    public int addPendingWrite() {
        return ++pendingWrites;
    }

    public int removePendingWrite() {
        return --pendingWrites;
    }

    /** The terminal's RSA public key (0x0A00), or null when it sent none on this connection. */
    public RsaPublicKey terminalKey() {
        return terminalKey;
    }

    public void terminalKey(RsaPublicKey key) {
        this.terminalKey = key;
    }

    public int tooLongInARow() {
        return tooLongInARow;
    }

    /** Sets the count of consecutive oversize frames; returns it. */
    public int tooLongInARow(int count) {
        tooLongInARow = count;
        return count;
    }

    /** True (and remembered) when the session key was last refreshed longer than {@code intervalNanos} ago. */
    public boolean sessionRefreshDue(long nowNanos, long intervalNanos) {
        if (sessionRefreshedNanos != 0 && nowNanos - sessionRefreshedNanos < intervalNanos) {
            return false;
        }
        sessionRefreshedNanos = nowNanos;
        return true;
    }
}
