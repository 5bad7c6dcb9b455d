package dev.canopy.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Logging as it starts: standard error at canopy.log.level (INFO unless set), the chatty libraries at WARN. */
class ConsoleLoggingTest {

    @AfterEach
    void clearLevel() {
        System.clearProperty("canopy.log.level");
    }

    private static LoggerContext configured() {
        LoggerContext context = new LoggerContext();
        ConsoleLogging logging = new ConsoleLogging();
        logging.setContext(context);
        assertThat(logging.configure(context)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        return context;
    }

    @Test
    void theConsoleGetsInfoAndTheLibrariesOnlyTheirWarnings() {
        LoggerContext context = configured();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        assertThat(root.getAppender("CONSOLE")).isNotNull();
        assertThat(root.getAppender("CONSOLE").isStarted()).isTrue();
        assertThat(context.getLogger("org.flywaydb.core.Flyway").isInfoEnabled()).isFalse();
        assertThat(context.getLogger("com.zaxxer.hikari.HikariDataSource").isWarnEnabled()).isTrue();
        assertThat(context.getLogger("dev.canopy.store.LocalStore").isInfoEnabled()).isTrue();
        assertThat(context.getLogger("dev.canopy.store.LocalStore").isDebugEnabled()).isFalse();
    }

    @Test
    void theLevelPropertyChangesTheRootLevel() {
        System.setProperty("canopy.log.level", "WARN");
        assertThat(configured().getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.WARN);
        System.setProperty("canopy.log.level", "DEBUG");
        assertThat(configured().getLogger("dev.canopy.ui.CanopyApp").isDebugEnabled()).isTrue();
    }
}
