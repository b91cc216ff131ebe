package io.fleet.dispatch.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesWhatNeedsQuotingAndDefusesFormulas() {
        StringBuilder out = new StringBuilder();
        Csv.line(out, 1L, "a,b", "say \"hi\"", "=HYPERLINK(\"x\")", "-1", null, -1);
        assertThat(out).hasToString("1,\"a,b\",\"say \"\"hi\"\"\",\"'=HYPERLINK(\"\"x\"\")\",\"'-1\",,-1\n");
    }
}
