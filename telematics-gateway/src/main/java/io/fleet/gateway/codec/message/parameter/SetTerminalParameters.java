package io.fleet.gateway.codec.message.parameter;

import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;

import java.util.List;

/** 0x8103 set terminal parameters. */
public record SetTerminalParameters(List<TerminalParameter> parameters) implements MessageBody {

    public SetTerminalParameters {
        parameters = List.copyOf(parameters);
    }

    @Override
    public int messageId() {
        return MessageIds.SET_PARAMETERS;
    }
}
