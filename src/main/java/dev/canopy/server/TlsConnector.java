package dev.canopy.server;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

/** An HTTPS connector on a PKCS12 keystore, given to Javalin in place of its plain HTTP one. */
final class TlsConnector {

    private TlsConnector() {
    }

    /**
     * Opens the keystore first, so a wrong path or password stops the server with a clear sentence rather than a
     * Jetty stack trace at start.
     */
    static void check(ApiSettings.Tls tls) {
        char[] password = tls.password() == null ? new char[0] : tls.password().toCharArray();
        try (InputStream in = Files.newInputStream(tls.keystore())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            if (store.size() == 0) {
                throw new ServerStartException("the TLS keystore " + tls.keystore() + " holds no key", null);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new ServerStartException("cannot open the TLS keystore " + tls.keystore() + " (is it PKCS12, and is"
                    + " CANOPY_TLS_PASSWORD or CANOPY_TLS_PASSWORD_FILE right?): " + e.getMessage(), e);
        }
    }

    static ServerConnector create(Server server, HttpConfiguration plain, ApiSettings settings) {
        ApiSettings.Tls tls = settings.tls();
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStoreType("PKCS12");
        ssl.setKeyStorePath(tls.keystore().toAbsolutePath().toString());
        ssl.setKeyStorePassword(tls.password() == null ? "" : tls.password());
        HttpConfiguration https = new HttpConfiguration(plain);
        https.addCustomizer(new SecureRequestCustomizer());
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(https));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        return connector;
    }
}
