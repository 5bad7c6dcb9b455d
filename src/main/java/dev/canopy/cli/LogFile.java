package dev.canopy.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * Sends the app's log to canopy.log in the data folder, where error dialogs tell the technician to look, besides the
 * console. The file rolls over each day and at 10 MB; the rolled files go to logs/ beside it (canopy-DATE.N.log, plain
 * text so they open anywhere) and are kept for 7 days and 100 MB in all, so a loop of errors cannot fill the disk.
 */
final class LogFile {

    static final String NAME = "canopy.log";
    static final String APPENDER = "file";
    static final FileSize MAX_FILE_SIZE = FileSize.valueOf("10MB");
    static final int DAYS_KEPT = 7;
    static final FileSize TOTAL_SIZE_CAP = FileSize.valueOf("100MB");

    private LogFile() {
    }

    static void writeTo(Path folder) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        folder.toFile().mkdirs();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        Appender<ILoggingEvent> earlier = root.getAppender(APPENDER);
        if (earlier != null) {  // started twice in one JVM: one file, not two appenders on it
            root.detachAppender(earlier);
            earlier.stop();
        }
        PatternLayoutEncoder encoder = encoder(context, "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(folder.resolve(NAME).toString());
        appender.setEncoder(encoder);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(archivePattern(folder));
        rolling.setMaxFileSize(MAX_FILE_SIZE);
        rolling.setMaxHistory(DAYS_KEPT);
        rolling.setTotalSizeCap(TOTAL_SIZE_CAP);
        rolling.start();
        appender.setRollingPolicy(rolling);
        appender.start();
        root.addAppender(appender);
    }

    /** A started encoder of log lines in this pattern (the console's and the file's). */
    static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }

    /** Logback reads a backslash in a file name pattern as an escape: forward slashes work on every OS. */
    private static String archivePattern(Path folder) {
        return folder.resolve("logs").toString().replace('\\', '/') + "/canopy-%d{yyyy-MM-dd}.%i.log";
    }
}
