package io.fleet.gateway.server.downlink;

import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;
import io.fleet.gateway.codec.message.multimedia.TakePhotoResponse;
import io.fleet.gateway.codec.message.parameter.QueryParametersResponse;
import io.fleet.gateway.codec.message.terminal.GeneralResponse;
import io.fleet.gateway.codec.message.terminal.TerminalAttributes;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

class PendingCommandsTest {

    private final PendingCommands pending = new PendingCommands();

    private static PendingCommands.Pending command(String entryId, int messageId, int serial) {
        return new PendingCommands.Pending(new DownlinkCommand(entryId, "cmd-" + serial, "13912345678", messageId,
                new byte[0], 1000), serial, new CompletableFuture<Void>());
    }

    private static Jt808Message reply(MessageBody body) {
        return Jt808Message.of(ProtocolVersion.V2013, "013912345678", 9, body);
    }

    @Test
    void generalResponseMatchesBySerialAndCommandId() {
        PendingCommands.Pending text = command("1-0", MessageIds.TEXT_MESSAGE, 7);
        pending.add(text);
        assertThat(pending.match(reply(GeneralResponse.fromTerminal(7, MessageIds.TAKE_PHOTO, 0)))).isEmpty();
        assertThat(pending.match(reply(GeneralResponse.fromTerminal(8, MessageIds.TEXT_MESSAGE, 0)))).isEmpty();

        Optional<PendingCommands.Match> match = pending.match(reply(GeneralResponse.fromTerminal(7,
                MessageIds.TEXT_MESSAGE, 0)));
        assertThat(match).hasValueSatisfying(m -> {
            assertThat(m.pending()).isSameAs(text);
            assertThat(m.result()).isEqualTo(DownlinkResult.OK);
        });
        assertThat(text.timeout().isCancelled()).isTrue();
        assertThat(pending.size()).isZero();
    }

    @Test
    void generalResponseResultsMapToOutcomes() {
        assertThat(DownlinkResult.ofGeneralResponse(0)).isEqualTo(DownlinkResult.OK);
        assertThat(DownlinkResult.ofGeneralResponse(1)).isEqualTo(DownlinkResult.FAILED);
        assertThat(DownlinkResult.ofGeneralResponse(2)).isEqualTo(DownlinkResult.FAILED);
        assertThat(DownlinkResult.ofGeneralResponse(3)).isEqualTo(DownlinkResult.UNSUPPORTED);
    }

    @Test
    void specificAnswerMustFitTheCommand() {
        pending.add(command("1-0", MessageIds.TEXT_MESSAGE, 3));
        assertThat(pending.match(reply(new QueryParametersResponse(3, List.of())))).isEmpty();
        pending.add(command("2-0", MessageIds.QUERY_PARAMETERS, 4));
        assertThat(pending.match(reply(new QueryParametersResponse(4, List.of()))))
                .hasValueSatisfying(m -> assertThat(m.pending().serial()).isEqualTo(4));
    }

    @Test
    void photoAnswerSettlesItsTakePhotoCommandWithItsResult() {
        pending.add(command("1-0", MessageIds.TAKE_PHOTO, 0x0102));
        pending.add(command("2-0", MessageIds.TAKE_PHOTO, 0x0103));
        pending.add(command("3-0", MessageIds.TEXT_MESSAGE, 0x0104));
        assertThat(pending.match(reply(new TakePhotoResponse(0x0102, TakePhotoResponse.CHANNEL_NOT_SUPPORTED, null))))
                .hasValueSatisfying(m -> assertThat(m.result()).isEqualTo(DownlinkResult.UNSUPPORTED));
        assertThat(pending.match(reply(new TakePhotoResponse(0x0103, TakePhotoResponse.SUCCESS, List.of(7L, 8L)))))
                .hasValueSatisfying(m -> {
                    assertThat(m.result()).isEqualTo(DownlinkResult.OK);
                    assertThat(m.pending().command().commandId()).isEqualTo("cmd-259");
                });
        // A photo answer names a text command's serial: not its answer.
        assertThat(pending.match(reply(new TakePhotoResponse(0x0104, TakePhotoResponse.FAILED, null)))).isEmpty();
    }

    @Test
    void attributesAnswerCarriesNoSerialAndSettlesTheOldestQuery() {
        pending.add(command("20-0", MessageIds.QUERY_ATTRIBUTES, 2));
        pending.add(command("10-0", MessageIds.QUERY_ATTRIBUTES, 5));
        Jt808Message answer = reply(new TerminalAttributes(0, "M", "X", "T", "12345678901234567890", "1", "1", 1,
                1));
        assertThat(pending.match(answer)).hasValueSatisfying(m -> assertThat(m.pending().serial()).isEqualTo(5));
    }

    @Test
    void drainSettlesEverything() {
        PendingCommands.Pending a = command("1-0", MessageIds.TEXT_MESSAGE, 1);
        pending.add(a);
        pending.add(command("2-0", MessageIds.QUERY_PARAMETERS, 2));
        assertThat(pending.drain()).hasSize(2);
        assertThat(a.timeout().isCancelled()).isTrue();
        assertThat(pending.match(reply(GeneralResponse.fromTerminal(1, MessageIds.TEXT_MESSAGE, 0)))).isEmpty();
    }
}
