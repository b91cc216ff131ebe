package io.fleet.dispatch.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void aHashMatchesItsPasswordOnlyAndIsSaltedDifferentlyEachTime() {
        String a = PasswordHasher.hash("correct horse battery");
        String b = PasswordHasher.hash("correct horse battery");
        assertThat(a).startsWith("pbkdf2-sha256$210000$").isNotEqualTo(b);
        assertThat(PasswordHasher.matches("correct horse battery", a)).isTrue();
        assertThat(PasswordHasher.matches("correct horse batterY", a)).isFalse();
        assertThat(PasswordHasher.matches("correct horse battery", "md5$abc")).isFalse();
    }
}
