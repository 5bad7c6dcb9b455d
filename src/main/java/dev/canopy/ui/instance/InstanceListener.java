package dev.canopy.ui.instance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The running instance's ear for a second start on its data folder: a socket on the loopback address whose port and a
 * random secret are in {@link InstanceFile}. A connection sends one line (see {@link InstanceMessage}); a valid one
 * goes to the handler (on this listener's thread), and the answer is {@code OK} or {@code REFUSED <why>}. Nothing
 * else is ever done with what a client sends.
 */
public final class InstanceListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InstanceListener.class);
    private static final int READ_TIMEOUT_MS = 3000;

    private final Path folder;
    private final ServerSocket server;
    private final String secret;
    private final Consumer<InstanceMessage> handler;

    private InstanceListener(Path folder, ServerSocket server, String secret, Consumer<InstanceMessage> handler) {
        this.folder = folder;
        this.server = server;
        this.secret = secret;
        this.handler = handler;
    }

    /** Listens for the data folder's second starts, and writes where to reach it beside the folder's lock. */
    public static InstanceListener start(Path folder, Consumer<InstanceMessage> handler) throws IOException {
        ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String secret = HexFormat.of().formatHex(random);
        InstanceListener listener = new InstanceListener(folder, server, secret, handler);
        try {
            new InstanceFile(server.getLocalPort(), secret).writeTo(folder);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        Thread thread = new Thread(listener::acceptAll, "canopy-instance");
        thread.setDaemon(true);
        thread.start();
        return listener;
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.setSoTimeout(READ_TIMEOUT_MS);
                answer(client);
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.debug("a second start's connection failed: {}", e.getMessage());
                }
            }
        }
    }

    private void answer(Socket client) throws IOException {
        String reply;
        try {
            InstanceMessage message = InstanceMessage.parse(readLine(client.getInputStream()), secret);
            handler.accept(message);
            reply = "OK";
        } catch (IllegalArgumentException refused) {
            LOG.warn("Refused a message to this Canopy: {}", refused.getMessage());
            reply = "REFUSED " + refused.getMessage();
        }
        client.getOutputStream().write((reply + "\n").getBytes(StandardCharsets.UTF_8));
        client.getOutputStream().flush();
    }

    /** One line, at most {@link InstanceMessage#MAX_LINE} bytes read (a longer one is refused as too long). */
    static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != -1 && b != '\n'; ) {
            if (line.size() > InstanceMessage.MAX_LINE) {
                break;
            }
            line.write(b);
        }
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    /** Stops listening; the file goes too, unless a later instance has written its own since. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
        Optional<InstanceFile> written = InstanceFile.readFrom(folder);
        if (written.isPresent() && written.get().secret().equals(secret)) {
            try {
                Files.deleteIfExists(InstanceFile.in(folder));
            } catch (IOException e) {
                LOG.debug("{} stays behind: {}", InstanceFile.in(folder), e.getMessage());
            }
        }
    }
}
