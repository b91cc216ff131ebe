package io.fleet.dispatch.terminal.command;

import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fleet.dispatch.common.Problems;
import io.fleet.gateway.codec.field.Gbk;
import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.BodyCodecRegistry;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.parameter.SetTerminalParameters;
import io.fleet.gateway.codec.message.parameter.TerminalParameter;
import io.fleet.gateway.codec.message.terminal.EmptyBody;
import io.fleet.gateway.codec.message.terminal.TerminalControl;
import io.fleet.gateway.codec.message.text.TextMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;

/**
 * Checks a command and encodes its body with the gateway's codec library: strings go into GBK fields as data, never
 * into anything that is parsed or run; every length, range and parameter id is checked first (400 naming the field).
 * Dangerous commands (those that cut the terminal off, power it down, reset it or point it at another server, and
 * every vehicle control) are marked for a second person's approval.
 */
final class CommandEncoder {

    static final int MAX_TEXT_BYTES = 1024;
    static final int MAX_STRING_PARAMETER_BYTES = 255;

    private CommandEncoder() {
    }

    static EncodedCommand encode(CommandRequest r) {
        if (r.type() == null) {
            throw Problems.badField("type", "one of " + List.of(CommandKind.values()));
        }
        ProtocolVersion version = edition(r.edition());
        Map<String, Object> asked = new LinkedHashMap<>();
        asked.put("type", r.type().name());
        asked.put("edition", version.label());
        boolean dangerous = false;
        byte[] body;
        switch (r.type()) {
            case TEXT_MESSAGE -> {
                String text = r.text() == null ? "" : r.text().strip();
                if (text.isEmpty()) {
                    throw Problems.badField("text", "required: the text for the driver");
                }
                gbk("text", text, MAX_TEXT_BYTES, true);
                int flags = TextMessage.DISPLAY | (Boolean.TRUE.equals(r.tts()) ? TextMessage.TTS : 0)
                        | (Boolean.TRUE.equals(r.urgent()) ? 1 : 0);
                body = encode(new TextMessage(flags, version.is2019() ? 1 : null, text), version);
                asked.put("text", text);
                asked.put("tts", Boolean.TRUE.equals(r.tts()));
                asked.put("urgent", Boolean.TRUE.equals(r.urgent()));
            }
            case LOCATION_QUERY, QUERY_PARAMETERS -> body = encode(new EmptyBody(r.type().messageId()), version);
            case SET_PARAMETERS -> {
                List<TerminalParameter> parameters = parameters(r.parameters());
                List<Map<String, Object>> shown = new ArrayList<>();
                for (TerminalParameter p : parameters) {
                    dangerous |= ParameterTable.dangerous(p.id());
                    shown.add(Map.of("id", String.format("0x%04X", p.id()), "value", p.typedValue()));
                }
                body = encode(new SetTerminalParameters(parameters), version);
                asked.put("parameters", shown);
            }
            case TERMINAL_CONTROL -> {
                Integer command = r.command();
                if (command == null || command < 1 || command > 7) {
                    throw Problems.badField("command", "1 upgrade, 2 connect to a server, 3 power off, 4 reset, "
                            + "5 factory reset, 6 close the data link, 7 close all wireless links");
                }
                String parameters = r.commandParameters() == null ? "" : r.commandParameters().strip();
                if (command > 2 && !parameters.isEmpty()) {
                    throw Problems.badField("commandParameters", "only commands 1 and 2 take parameters");
                }
                if (command <= 2 && parameters.isEmpty()) {
                    throw Problems.badField("commandParameters", "command " + command + " needs its parameters "
                            + "(the standard's semicolon-separated fields)");
                }
                gbk("commandParameters", parameters, MAX_STRING_PARAMETER_BYTES, false);
                // 1 and 2 point the terminal at another server; 3-7 cut it off or reset it
                dangerous = true;
                body = encode(new TerminalControl(command, parameters), version);
                asked.put("command", command);
                if (!parameters.isEmpty()) {
                    asked.put("commandParameters", parameters);
                }
            }
            case VEHICLE_CONTROL -> {
                if (version.is2019()) {
                    throw Problems.badField("edition", "vehicle control of 2019 terminals (a list of control types) "
                            + "is not supported yet; 2011 and 2013 take the control byte");
                }
                Integer flags = r.flags();
                if (flags == null || flags < 0 || flags > 0xFF) {
                    throw Problems.badField("flags", "the control byte, 0 to 255");
                }
                dangerous = true;
                body = new byte[] {(byte) (int) flags}; // the body is this one byte; no codec type for 0x8500 yet
                asked.put("flags", flags);
            }
            default -> throw Problems.badField("type", "one of " + List.of(CommandKind.values()));
        }
        return new EncodedCommand(r.type(), version.label(), body, dangerous, asked);
    }

    private static ProtocolVersion edition(String edition) {
        if (edition == null || edition.isBlank()) {
            return ProtocolVersion.V2013;
        }
        return switch (edition.strip()) {
            case "2011" -> ProtocolVersion.V2011;
            case "2013" -> ProtocolVersion.V2013;
            case "2019" -> ProtocolVersion.V2019;
            default -> throw Problems.badField("edition", "2011, 2013 or 2019");
        };
    }

    private static List<TerminalParameter> parameters(List<CommandRequest.Parameter> given) {
        if (given == null || given.isEmpty()) {
            throw Problems.badField("parameters", "at least one parameter to set");
        }
        List<TerminalParameter> result = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            CommandRequest.Parameter p = given.get(i);
            String field = "parameters[" + i + "]";
            if (p == null || p.id() == null) {
                throw Problems.badField(field + ".id", "required");
            }
            long id = parameterId(field + ".id", p.id());
            ParameterTable.Type type = ParameterTable.typeOf(id);
            if (type == null) {
                throw Problems.badField(field + ".id", String.format("0x%04X is not a parameter the platform sets", id));
            }
            if (result.stream().anyMatch(q -> q.id() == id)) {
                throw Problems.badField(field + ".id", String.format("0x%04X is given twice", id));
            }
            Object value = p.value();
            if (type == ParameterTable.Type.STRING) {
                if (!(value instanceof String s)) {
                    throw Problems.badField(field + ".value", "text");
                }
                gbk(field + ".value", s, MAX_STRING_PARAMETER_BYTES, false);
                result.add(TerminalParameter.ofString(id, s));
            } else {
                long max = switch (type) {
                    case BYTE -> 0xFFL;
                    case WORD -> 0xFFFFL;
                    default -> 0xFFFF_FFFFL;
                };
                if (!(value instanceof Number n) || n.doubleValue() != n.longValue() || n.longValue() < 0
                        || n.longValue() > max) {
                    throw Problems.badField(field + ".value", "a whole number from 0 to " + max);
                }
                long v = n.longValue();
                byte[] bytes = switch (type) {
                    case BYTE -> new byte[] {(byte) v};
                    case WORD -> new byte[] {(byte) (v >>> 8), (byte) v};
                    default -> new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
                };
                result.add(new TerminalParameter(id, bytes));
            }
        }
        return result;
    }

    private static long parameterId(String field, String id) {
        String s = id.strip();
        try {
            long value = s.regionMatches(true, 0, "0x", 0, 2) ? Long.parseLong(s.substring(2), 16) : Long.parseLong(s);
            if (value < 0 || value > 0xFFFF_FFFFL) {
                throw Problems.badField(field, "a parameter id (DWORD)");
            }
            return value;
        } catch (NumberFormatException e) {
            throw Problems.badField(field, "a parameter id such as 1 or 0x0001");
        }
    }

    /** The text must be GBK (the terminal's charset) without control characters, and fit {@code maxBytes}. */
    private static void gbk(String field, String text, int maxBytes, boolean lineBreaks) {
        CharsetEncoder encoder = Gbk.CHARSET.newEncoder();
        if (!encoder.canEncode(text)) {
            throw Problems.badField(field, "has characters a terminal cannot show (GBK only)");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && !(lineBreaks && (c == '\n' || c == '\r')) || c == 0x7F) {
                throw Problems.badField(field, "control characters are not allowed");
            }
        }
        int bytes = Gbk.bytes(text).length;
        if (bytes > maxBytes) {
            throw Problems.badField(field, "at most " + maxBytes + " bytes in GBK (this is " + bytes + ")");
        }
    }

    private static byte[] encode(MessageBody body, ProtocolVersion version) {
        ByteBuf out = Unpooled.buffer();
        try {
            BodyCodecRegistry.standard().encode(body, out, Jt808Message.of(version, "0", 0, body).header());
            return ByteBufUtil.getBytes(out);
        } finally {
            out.release();
        }
    }
}
