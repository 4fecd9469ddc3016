package org.denialflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectionCheckTest {

    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(ConnectionCheck.ALIVE_BYPASS_WINDOW);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(ConnectionCheck.ALIVE_BYPASS_WINDOW);
        } else {
            System.setProperty(ConnectionCheck.ALIVE_BYPASS_WINDOW, before);
        }
    }

    @Test
    void everyConnectionIsTestedBeforeUse() {
        System.clearProperty(ConnectionCheck.ALIVE_BYPASS_WINDOW);
        ConnectionCheck.beforeEveryUse();
        assertThat(Long.getLong(ConnectionCheck.ALIVE_BYPASS_WINDOW)).isZero();
    }

    @Test
    void aWindowGivenOnTheCommandLineIsKept() {
        System.setProperty(ConnectionCheck.ALIVE_BYPASS_WINDOW, "250");
        ConnectionCheck.beforeEveryUse();
        assertThat(Long.getLong(ConnectionCheck.ALIVE_BYPASS_WINDOW)).isEqualTo(250);
    }
}
