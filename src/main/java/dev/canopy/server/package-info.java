/**
 * The central sync server ({@code canopy server}): an HTTP/JSON API under {@code /api/v1} in front of one database
 * (H2 or PostgreSQL), with accounts and bearer tokens. Several server processes may share one PostgreSQL, so nothing
 * here keeps state outside the database except the per-token rate limiter (see {@link TokenRateLimiter}).
 */
package dev.canopy.server;
