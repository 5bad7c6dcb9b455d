package dev.canopy.ui.instance;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A second start's side: when a Canopy is already running on the data folder, it is handed the start's request
 * (show, or open a file) instead of a second window failing on the folder's lock.
 */
public final class InstanceHandover {

    private static final int CONNECT_TIMEOUT_MS = 1000;
    private static final int ANSWER_TIMEOUT_MS = 5000;

    private InstanceHandover() {
    }

    /**
     * Sends the request to the instance running on the folder; true when it took it. False when none answers (no file,
     * a stale one, or a refusal): the caller starts as usual.
     */
    public static boolean handOver(Path folder, InstanceMessage message) {
        Optional<InstanceFile> running = InstanceFile.readFrom(folder);
        if (running.isEmpty()) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), running.get().port()), CONNECT_TIMEOUT_MS);
            socket.setSoTimeout(ANSWER_TIMEOUT_MS);
            socket.getOutputStream().write((message.line(running.get().secret()) + "\n").getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return "OK".equals(InstanceListener.readLine(socket.getInputStream()));
        } catch (IOException nobodyThere) {
            return false;
        }
    }
}
