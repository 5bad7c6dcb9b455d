package dev.canopy.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the HTTP API listens and what it tolerates. host null listens on every interface; port 0 picks a free port;
 * tls null serves plain HTTP. Each token may make {@code requestsPerPeriod} requests per {@code period}.
 */
public record ApiSettings(String host, int port, long maxBodyBytes, int requestsPerPeriod, Duration period,
                          Tls tls) {

    public static final long DEFAULT_MAX_BODY_BYTES = 8L * 1024 * 1024;
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 600;

    /** A PKCS12 keystore holding the server's key and certificate, and its password. */
    public record Tls(Path keystore, String password) {
        public Tls {
            Objects.requireNonNull(keystore, "keystore");
        }

        @Override
        public String toString() {
            return "Tls[keystore=" + keystore + "]";
        }
    }

    public ApiSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, got " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("the body limit must be at least 1 byte, got " + maxBodyBytes);
        }
        if (requestsPerPeriod < 1) {
            throw new IllegalArgumentException("the rate limit must allow at least 1 request, got " + requestsPerPeriod);
        }
        Objects.requireNonNull(period, "period");
    }

    /** The defaults of {@code canopy server}: 8 MB bodies, 600 requests a minute per token. */
    public static ApiSettings defaults(String host, int port, Tls tls) {
        return new ApiSettings(host, port, DEFAULT_MAX_BODY_BYTES, DEFAULT_REQUESTS_PER_MINUTE, Duration.ofMinutes(1), tls);
    }
}
