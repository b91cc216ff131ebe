package io.fleet.gateway.server;

import io.fleet.gateway.codec.DecodedFrame;
import io.fleet.gateway.codec.Jt808Codec;
import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.header.Subpackage;
import io.fleet.gateway.codec.message.BodyCodecRegistry;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;
import io.fleet.gateway.codec.message.SubpacketFragment;
import io.fleet.gateway.codec.message.location.LocationReport;
import io.fleet.gateway.codec.message.terminal.Authentication;
import io.fleet.gateway.codec.message.terminal.GeneralResponse;
import io.fleet.gateway.codec.message.terminal.RegistrationResponse;
import io.fleet.gateway.codec.message.terminal.TerminalRegistration;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A simulated terminal on a real loopback socket: builds uplink frames with the codec's encoder and decodes what
 * the gateway sends back. Not thread-safe; one test drives it.
 */
final class TestTerminal implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(5);
    private static final Jt808Codec CODEC = Jt808Codec.standard();

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String headerPhone;
    private final ProtocolVersion version;
    private final ByteArrayOutputStream unparsed = new ByteArrayOutputStream();
    private final List<Jt808Message> received = new ArrayList<>();
    private int serial = 1;
    private boolean closedByPeer;

    TestTerminal(int port, String headerPhone, ProtocolVersion version) throws IOException {
        this.socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(20);
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.headerPhone = headerPhone;
        this.version = version;
    }

    /** Sends {@code body} with the next serial; returns that serial. */
    int send(MessageBody body) throws IOException {
        int used = serial++;
        sendRaw(CODEC.encode(Jt808Message.of(version, headerPhone, used, body)));
        return used;
    }

    /**
     * Sends {@code body} split into packets of at most {@code packetBytes} body bytes (header bit 13), with
     * consecutive serials; returns the serial of the first packet.
     */
    int sendInPackets(MessageBody body, int packetBytes) throws IOException {
        ByteBuf encoded = Unpooled.buffer();
        BodyCodecRegistry.standard().encode(body, encoded, MessageHeader.of(version, body.messageId(), headerPhone, 0));
        byte[] whole = ByteBufUtil.getBytes(encoded);
        int total = (whole.length + packetBytes - 1) / packetBytes;
        int first = serial;
        for (int index = 1; index <= total; index++) {
            byte[] part = Arrays.copyOfRange(whole, (index - 1) * packetBytes, Math.min(whole.length, index * packetBytes));
            MessageHeader header = new MessageHeader(body.messageId(), part.length, 0, version.is2019(), false,
                    version.is2019() ? 1 : 0, headerPhone, serial++, new Subpackage(total, index));
            sendRaw(CODEC.encode(new Jt808Message(header, new SubpacketFragment(body.messageId(), part))));
        }
        return first;
    }

    /** Sends {@code body} encrypted with {@code key} (header bit 10), as a terminal does after 0x8A00. */
    int sendEncrypted(MessageBody body, java.security.interfaces.RSAPublicKey key) throws Exception {
        ByteBuf plain = Unpooled.buffer();
        BodyCodecRegistry.standard().encode(body, plain, MessageHeader.of(version, body.messageId(), headerPhone, 0));
        byte[] sealed = io.fleet.gateway.codec.crypto.RsaBodyCipher.encrypt(key, ByteBufUtil.getBytes(plain));
        int used = serial++;
        MessageHeader header = new MessageHeader(body.messageId(), 0, 1, version.is2019(), false,
                version.is2019() ? 1 : 0, headerPhone, used, null);
        sendRaw(CODEC.encode(new Jt808Message(header, new io.fleet.gateway.codec.message.RawBody(body.messageId(),
                sealed))));
        return used;
    }

    /** Sends {@code body} again with a serial already used (a resend or a replay); returns that serial. */
    int resend(MessageBody body, int usedSerial) throws IOException {
        sendRaw(CODEC.encode(Jt808Message.of(version, headerPhone, usedSerial, body)));
        return usedSerial;
    }

    /** Sends {@code body} bytes as they are under {@code messageId} (any layout, broken ones too); returns the serial. */
    int sendBody(int messageId, byte[] body) throws IOException {
        return send(new io.fleet.gateway.codec.message.RawBody(messageId, body));
    }

    void sendRaw(byte[] wire) throws IOException {
        out.write(wire);
        out.flush();
    }

    /** A valid frame with the last byte before the closing 0x7e (the check code) flipped. */
    int sendWithBadChecksum(MessageBody body) throws IOException {
        int used = serial++;
        byte[] wire = CODEC.encode(Jt808Message.of(version, headerPhone, used, body));
        if (wire[wire.length - 3] == 0x7d) {
            // the check code itself was 0x7e or 0x7d and went out escaped (7d 02 / 7d 01): flipping a bit of the escape
            // would make a bad escape, not a bad check code, so put a plain wrong byte in the pair's place
            byte[] shorter = java.util.Arrays.copyOf(wire, wire.length - 1);
            shorter[shorter.length - 2] = 0x00;
            shorter[shorter.length - 1] = 0x7e;
            wire = shorter;
        } else {
            wire[wire.length - 2] ^= 0x01;
            if (wire[wire.length - 2] == 0x7e || wire[wire.length - 2] == 0x7d) {
                wire[wire.length - 2] ^= 0x03;
            }
        }
        sendRaw(wire);
        return used;
    }

    /** Registers; returns the auth code the gateway issued. */
    String register() throws IOException {
        int regSerial = send(registration());
        RegistrationResponse response = await(MessageIds.REGISTRATION_RESPONSE, WAIT).body(RegistrationResponse.class);
        if (response.responseSerial() != regSerial || response.result() != RegistrationResponse.SUCCESS) {
            throw new AssertionError("registration refused: " + response);
        }
        return response.authCode();
    }

    /** Registers and authenticates; returns the auth code. */
    String registerAndAuthenticate() throws IOException {
        String code = register();
        GeneralResponse ack = awaitGeneralResponse(send(authentication(code)), WAIT);
        if (ack.result() != GeneralResponse.SUCCESS) {
            throw new AssertionError("authentication refused: " + ack);
        }
        return code;
    }

    TerminalRegistration registration() {
        return new TerminalRegistration(version.is2019() ? ProtocolVersion.V2019 : ProtocolVersion.V2013, 44, 100,
                "FLEET", "MODEL-1", "T000001", 1, "京A12345");
    }

    Authentication authentication(String code) {
        return version.is2019() ? new Authentication(code, "860000000000001", "1.0.0")
                : new Authentication(code, null, null);
    }

    static LocationReport location(int minutesAgo) {
        return new LocationReport(0, 0x3, 39_908_000, 116_397_000, 50, 600, 90,
                OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(minutesAgo).withNano(0), List.of());
    }

    /** The 0x8001 answering {@code uplinkSerial}. */
    GeneralResponse awaitGeneralResponse(int uplinkSerial, Duration timeout) throws IOException {
        return awaitMatching(m -> m.body() instanceof GeneralResponse r && m.messageId() == MessageIds.PLATFORM_GENERAL_RESPONSE
                && r.responseSerial() == uplinkSerial, timeout)
                .orElseThrow(() -> new AssertionError("no 0x8001 for serial " + uplinkSerial + "; got " + received))
                .body(GeneralResponse.class);
    }

    Jt808Message await(int messageId, Duration timeout) throws IOException {
        return awaitMatching(m -> m.messageId() == messageId, timeout).orElseThrow(() ->
                new AssertionError("no 0x" + Integer.toHexString(messageId) + " within " + timeout + "; got "
                        + received));
    }

    /** The first received message matching, consumed; empty if none came within {@code timeout}. */
    Optional<Jt808Message> awaitMatching(Predicate<Jt808Message> wanted, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Iterator<Jt808Message> it = received.iterator(); it.hasNext(); ) {
                Jt808Message message = it.next();
                if (wanted.test(message)) {
                    it.remove();
                    return Optional.of(message);
                }
            }
            if (closedByPeer || System.nanoTime() > deadline) {
                return Optional.empty();
            }
            readSome();
        }
    }

    /** True once the gateway closed the connection within {@code timeout}. */
    boolean awaitClosed(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!closedByPeer && System.nanoTime() < deadline) {
            readSome();
        }
        return closedByPeer;
    }

    private void readSome() throws IOException {
        byte[] buffer = new byte[4096];
        int n;
        try {
            n = in.read(buffer);
        } catch (SocketTimeoutException e) {
            return;
        } catch (IOException e) {
            closedByPeer = true; // reset by the gateway
            return;
        }
        if (n < 0) {
            closedByPeer = true;
            return;
        }
        unparsed.write(buffer, 0, n);
        splitFrames();
    }

    private void splitFrames() {
        byte[] bytes = unparsed.toByteArray();
        int start = indexOf(bytes, 0);
        int consumed = 0;
        while (start >= 0) {
            int end = indexOf(bytes, start + 1);
            if (end < 0) {
                break;
            }
            if (end == start + 1) {
                start = end;
                continue;
            }
            byte[] frame = Arrays.copyOfRange(bytes, start, end + 1);
            DecodedFrame decoded = CODEC.decodeWire(frame);
            if (!(decoded instanceof Jt808Message message)) {
                throw new AssertionError("gateway sent an invalid frame: " + decoded);
            }
            received.add(message);
            consumed = end + 1;
            start = indexOf(bytes, consumed);
        }
        unparsed.reset();
        unparsed.write(bytes, consumed, bytes.length - consumed);
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0x7e) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
