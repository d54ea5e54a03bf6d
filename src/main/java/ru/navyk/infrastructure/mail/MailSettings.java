package ru.navyk.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server from MicroProfile Config ({@code NAVYK_MAIL_HOST} etc.): host (none = e-mail off), port, sender
 * address, optional user and password, and STARTTLS. Timeouts are short so that a hanging server delays the outbox
 * job, not the portal.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "navyk.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "navyk.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "navyk.mail.from", defaultValue = "navyk@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "navyk.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "navyk.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "navyk.mail.starttls", defaultValue = "false")
    boolean startTls;

    public boolean isEnabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public String from() {
        return from;
    }

    Optional<String> username() {
        return username.filter(u -> !u.isBlank());
    }

    Optional<String> password() {
        return password;
    }

    Properties sessionProperties() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host.orElse("localhost"));
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.auth", String.valueOf(username().isPresent()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        return properties;
    }
}
