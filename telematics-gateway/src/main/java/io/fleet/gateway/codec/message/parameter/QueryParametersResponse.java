package io.fleet.gateway.codec.message.parameter;

import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;

import java.util.List;

/** 0x0104 answer to 0x8104 / 0x8106: the terminal's parameters. */
public record QueryParametersResponse(int responseSerial, List<TerminalParameter> parameters) implements MessageBody {

    public QueryParametersResponse {
        parameters = List.copyOf(parameters);
    }

    @Override
    public int messageId() {
        return MessageIds.QUERY_PARAMETERS_RESPONSE;
    }
}
