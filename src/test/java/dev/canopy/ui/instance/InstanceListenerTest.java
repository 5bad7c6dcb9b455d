package dev.canopy.ui.instance;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A running instance's listener and a second start's hand-over over the real loopback socket. */
class InstanceListenerTest {

    @TempDir
    Path folder;

    private final List<InstanceMessage> received = new CopyOnWriteArrayList<>();
    private InstanceListener listener;

    @AfterEach
    void close() {
        if (listener != null) {
            listener.close();
        }
    }

    @Test
    void aSecondStartHandsItsFileToTheRunningInstance() throws IOException {
        listener = InstanceListener.start(folder, received::add);
        Path export = folder.resolve("northwind.canopy");

        assertThat(InstanceHandover.handOver(folder, InstanceMessage.open(export))).isTrue();
        assertThat(InstanceHandover.handOver(folder, InstanceMessage.show())).isTrue();
        assertThat(received).containsExactly(InstanceMessage.open(export), InstanceMessage.show());
    }

    @Test
    void theFileIsTheUsersOnlyAndGoesWithTheListener() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        listener = InstanceListener.start(folder, received::add);
        Path file = folder.resolve(InstanceFile.NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        listener.close();
        listener = null;
        assertThat(file).doesNotExist();
        assertThat(InstanceHandover.handOver(folder, InstanceMessage.show())).as("nobody listens: start as usual").isFalse();
    }

    @Test
    void aConnectionWithoutTheSecretIsRefusedAndReachesNothing() throws IOException {
        listener = InstanceListener.start(folder, received::add);
        int port = InstanceFile.readFrom(folder).orElseThrow().port();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.getOutputStream().write("guess OPEN /etc/passwd\n".getBytes(StandardCharsets.UTF_8));
            assertThat(InstanceListener.readLine(socket.getInputStream())).isEqualTo("REFUSED a message without this instance's secret");
        }
        assertThat(received).isEmpty();
        assertThat(InstanceHandover.handOver(folder, InstanceMessage.show())).as("still listening after a bad client").isTrue();
    }

    @Test
    void aStaleFileOrNoneMeansNobodyToHandTo() throws IOException {
        assertThat(InstanceHandover.handOver(folder, InstanceMessage.show())).isFalse();
        // what a killed instance leaves: its file, with a port nobody listens on any more
        try (var closed = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            new InstanceFile(closed.getLocalPort(), "abc").writeTo(folder);
        }
        assertThat(InstanceHandover.handOver(folder, InstanceMessage.show())).isFalse();
        Files.writeString(folder.resolve(InstanceFile.NAME), "not ours");
        assertThat(InstanceHandover.handOver(folder, InstanceMessage.show())).isFalse();
    }
}
