package io.fleet.gateway.codec.message.terminal;

import io.fleet.gateway.codec.message.MessageBody;
import io.fleet.gateway.codec.message.MessageIds;

/**
 * 0x0107 answer to "query terminal attributes". Model and terminal id are 20/7 bytes before 2019, 30/30 in 2019.
 *
 * @param terminalType bit flags: passenger, dangerous goods, freight, taxi, video, split machine
 * @param iccid        SIM ICCID, 20 BCD digits
 * @param gnssModules  bits: GPS, BeiDou, GLONASS, Galileo
 * @param commModules  bits: GPRS, CDMA, TD-SCDMA, WCDMA, CDMA2000, TD-LTE, other
 */
public record TerminalAttributes(int terminalType, String maker, String model, String terminalId, String iccid,
                                 String hardwareVersion, String firmwareVersion, int gnssModules,
                                 int commModules) implements MessageBody {

    @Override
    public int messageId() {
        return MessageIds.TERMINAL_ATTRIBUTES_RESPONSE;
    }
}
