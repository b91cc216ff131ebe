package io.fleet.gateway.codec.message.parameter;

import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;

import java.util.List;

/**
 * 0x0104 answer to 0x8104 / 0x8106: the terminal's parameters.
 *
 * @param trailing bytes after the announced number of parameters, kept verbatim (some terminals pad the last
 *                 packet of a multi-part answer with zeros); empty normally
 */
public record QueryParametersResponse(int responseSerial, List<TerminalParameter> parameters, byte[] trailing)
        implements MessageBody {

    public QueryParametersResponse {
        parameters = List.copyOf(parameters);
    }

    public QueryParametersResponse(int responseSerial, List<TerminalParameter> parameters) {
        this(responseSerial, parameters, new byte[0]);
    }

    @Override
    public int messageId() {
        return MessageIds.QUERY_PARAMETERS_RESPONSE;
    }
}
