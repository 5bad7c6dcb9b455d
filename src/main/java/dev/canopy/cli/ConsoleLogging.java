package dev.canopy.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logging's start-up configuration, found by logback as a service: the log goes to standard error, at the level of
 * system property canopy.log.level (INFO unless set), with the chattiest libraries at WARN; {@link LogFile} adds the
 * data folder's file once it is known. Written as code rather than logback.xml: reading the XML (its parser and
 * logback's configuration model) took about a quarter of a second of every start, a window's or a command's.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class ConsoleLogging extends ContextAwareBase implements Configurator {

    /** Libraries whose INFO is noise to a technician (MSAL says every request's correlation id at INFO). */
    private static final String[] QUIETER = {"org.flywaydb", "com.zaxxer.hikari", "com.microsoft.aad.msal4j"};

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        PatternLayoutEncoder encoder = LogFile.encoder(context, "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n");
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(System.getProperty("canopy.log.level"), Level.INFO));
        root.addAppender(console);
        for (String library : QUIETER) {
            context.getLogger(library).setLevel(Level.WARN);
        }
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
