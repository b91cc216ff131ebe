package io.fleet.gateway.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fleet.gateway.codec.InvalidMessage;
import io.fleet.gateway.codec.field.Hex;
import io.fleet.gateway.codec.header.Encryption;
import io.fleet.gateway.codec.header.MessageHeader;
import io.fleet.gateway.codec.header.ProtocolVersion;
import io.fleet.gateway.codec.message.Jt808Message;
import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.parameter.TerminalParameter;
import io.fleet.gateway.codec.message.terminal.Authentication;
import io.fleet.gateway.codec.message.terminal.TerminalRegistration;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The JSON form of decoded messages (the {@code decode} CLI contract, see docs/protocol.md). Location reports,
 * registrations and authentications have hand-written shapes; other bodies serialise their record components,
 * with byte arrays as hex and times as ISO-8601.
 */
public final class MessageJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper mapper;

    public MessageJson() {
        SimpleModule module = new SimpleModule("jt808")
                .addSerializer(byte[].class, new ToStringSerializer<>(Hex::encode))
                .addSerializer(OffsetDateTime.class, new ToStringSerializer<>(OffsetDateTime::toString))
                .addSerializer(LocalDate.class, new ToStringSerializer<>(LocalDate::toString))
                .addSerializer(ProtocolVersion.class, new ToStringSerializer<>(ProtocolVersion::label))
                .addSerializer(TerminalParameter.class, new TerminalParameterSerializer())
                .addSerializer(io.fleet.gateway.codec.message.location.LocationReport.class,
                        new LocationReportSerializer());
        this.mapper = new ObjectMapper().registerModule(module)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public ObjectNode toJson(Jt808Message message) {
        MessageHeader header = message.header();
        ObjectNode node = NODES.objectNode();
        node.put("msgId", Hex.messageId(header.messageId()));
        node.put("version", message.version().label());
        node.put("phone", header.phone());
        node.put("serial", header.serial());
        if (header.subpackage() == null) {
            node.putNull("subpackage");
        } else {
            node.putObject("subpackage").put("total", header.subpackage().total())
                    .put("index", header.subpackage().index());
        }
        if (header.encryption() != Encryption.NONE) {
            node.put("encryption", header.encryption().name().toLowerCase(java.util.Locale.ROOT));
        }
        node.set("body", body(message.body()));
        return node;
    }

    public ObjectNode toJson(InvalidMessage invalid) {
        ObjectNode node = NODES.objectNode();
        node.put("error", invalid.detail());
        node.put("kind", invalid.kind().code());
        if (invalid.header() != null) {
            node.put("msgId", Hex.messageId(invalid.header().messageId()));
            node.put("phone", invalid.header().phone());
            node.put("serial", invalid.header().serial());
        }
        return node;
    }

    public JsonNode body(MessageBody body) {
        if (body instanceof TerminalRegistration registration) {
            return registration(registration);
        }
        if (body instanceof Authentication authentication) {
            return mapper.valueToTree(authentication);
        }
        JsonNode tree = mapper.valueToTree(body);
        if (tree instanceof ObjectNode object) {
            object.remove("messageId");
        }
        return tree;
    }

    private static ObjectNode registration(TerminalRegistration body) {
        return NODES.objectNode().put("province", body.province()).put("city", body.city())
                .put("maker", body.maker()).put("model", body.model()).put("terminalId", body.terminalId())
                .put("plateColor", body.plateColor()).put("plate", body.plate());
    }

    public String write(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException("JSON of a tree cannot fail", e);
        }
    }

    private static final class ToStringSerializer<T> extends JsonSerializer<T> {
        private final java.util.function.Function<T, String> format;

        ToStringSerializer(java.util.function.Function<T, String> format) {
            this.format = format;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(format.apply(value));
        }
    }

    private static final class TerminalParameterSerializer extends JsonSerializer<TerminalParameter> {
        @Override
        public void serialize(TerminalParameter value, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeStartObject();
            gen.writeStringField("id", String.format("0x%04x", value.id()));
            provider.defaultSerializeField("value", value.typedValue(), gen);
            gen.writeEndObject();
        }
    }
}
