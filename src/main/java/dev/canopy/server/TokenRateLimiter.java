package dev.canopy.server;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * One resilience4j rate limiter per token id: a runaway client is answered 429 instead of loading the database.
 * <p>
 * This is the one piece of server state kept in memory rather than in the database, on purpose: the limiter is per
 * process, so with N server processes behind a load balancer a token may make up to N times the limit. That is
 * acceptable for a guard against runaway clients, and it keeps a database write off every request.
 */
final class TokenRateLimiter {

    private final RateLimiterRegistry registry;
    private final Duration period;

    TokenRateLimiter(int requestsPerPeriod, Duration period) {
        this.period = period;
        this.registry = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(requestsPerPeriod)
                .limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO) // answer at once; never hold a request thread waiting
                .build());
    }

    /** Takes one permit for the token, or throws 429 with the whole seconds until the next one. */
    void acquire(UUID tokenId) {
        RateLimiter limiter = registry.rateLimiter(tokenId.toString());
        if (!limiter.acquirePermission()) {
            throw ApiException.tooManyRequests(retryAfterSeconds(limiter));
        }
    }

    private long retryAfterSeconds(RateLimiter limiter) {
        long nanos = limiter.getMetrics() instanceof AtomicRateLimiter.AtomicRateLimiterMetrics metrics
                ? metrics.getNanosToWait()
                : period.toNanos();
        // Retry-After is whole seconds; round up so a client that obeys it is not refused again
        return Math.max(1, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    }
}
