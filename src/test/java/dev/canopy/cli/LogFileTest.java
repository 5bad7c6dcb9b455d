package dev.canopy.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The log the error dialog points to: canopy.log in the data folder, rolling and bounded, with errors' stack traces. */
class LogFileTest {

    @TempDir
    Path folder;

    private final Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);

    @AfterEach
    void detach() {
        Appender<ILoggingEvent> file = root.getAppender(LogFile.APPENDER);
        if (file != null) {
            root.detachAppender(file);
            file.stop();
        }
    }

    @Test
    void anErrorLandsInCanopyLogInTheDataFolderWithItsStackTrace() throws Exception {
        Path data = folder.resolve("not yet made");
        LogFile.writeTo(data);

        LoggerFactory.getLogger("dev.canopy.ui.Example").error("The tree could not be drawn",
                new IllegalStateException("row 12 has no tenant"));

        String log = Files.readString(data.resolve("canopy.log"));
        assertThat(log).contains("ERROR", "dev.canopy.ui.Example - The tree could not be drawn",
                "java.lang.IllegalStateException: row 12 has no tenant", "at dev.canopy.cli.LogFileTest.");
        assertThat(consoleStillAttached()).as("the console keeps its log too").isTrue();
    }

    @Test
    void theFileRollsDailyAndAtTenMegabytesIntoLogsAndKeepsABoundedAmount() {
        LogFile.writeTo(folder);

        RollingFileAppender<ILoggingEvent> file = (RollingFileAppender<ILoggingEvent>) root.getAppender(LogFile.APPENDER);
        assertThat(file.isStarted()).isTrue();
        assertThat(Path.of(file.getFile())).isEqualTo(folder.resolve("canopy.log"));
        SizeAndTimeBasedRollingPolicy<?> rolling = (SizeAndTimeBasedRollingPolicy<?>) file.getRollingPolicy();
        assertThat(rolling.isStarted()).isTrue();
        assertThat(rolling.getFileNamePattern())
                .isEqualTo(folder.resolve("logs").toString().replace('\\', '/') + "/canopy-%d{yyyy-MM-dd}.%i.log");
        assertThat(rolling.getMaxHistory()).isEqualTo(7);
        assertThat(LogFile.MAX_FILE_SIZE.getSize()).isEqualTo(10L * 1024 * 1024);
        assertThat(LogFile.TOTAL_SIZE_CAP.getSize()).isEqualTo(100L * 1024 * 1024);
    }

    @Test
    void startingTwiceLeavesOneAppenderOnTheFile() throws Exception {
        LogFile.writeTo(folder);
        LogFile.writeTo(folder);

        LoggerFactory.getLogger("dev.canopy.Once").warn("written once");

        assertThat(fileAppenders()).hasSize(1);
        assertThat(Files.readString(folder.resolve("canopy.log")).split("written once", -1)).hasSize(2);
    }

    private boolean consoleStillAttached() {
        return appenders().stream().anyMatch(a -> a instanceof ch.qos.logback.core.ConsoleAppender);
    }

    private List<Appender<ILoggingEvent>> fileAppenders() {
        return appenders().stream().filter(a -> a instanceof ch.qos.logback.core.FileAppender).toList();
    }

    private List<Appender<ILoggingEvent>> appenders() {
        List<Appender<ILoggingEvent>> all = new ArrayList<>();
        root.iteratorForAppenders().forEachRemaining(all::add);
        return all;
    }
}
