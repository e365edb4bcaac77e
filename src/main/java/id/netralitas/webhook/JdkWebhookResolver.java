package id.netralitas.webhook;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** The system resolver ({@link InetAddress#getAllByName}); literals are parsed without a lookup. */
@ApplicationScoped
@DefaultBean
public class JdkWebhookResolver implements WebhookResolver {

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        return List.of(InetAddress.getAllByName(host));
    }
}
