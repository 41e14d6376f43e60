package coach.kaizen.app.help;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A country's emergency numbers: {@code main} reach every service (the first is dialled first),
 * {@code services} reach one each, for countries that keep them apart.
 */
public record Emergency(List<String> main, Map<Service, String> services) {

    /** One emergency service, in the order a card lists them. */
    public enum Service {
        POLICE, AMBULANCE, FIRE
    }

    public Emergency {
        main = List.copyOf(main);
        services = Map.copyOf(services);
    }

    /** The number to dial first: the main one, else the ambulance's, the police's or the fire service's. */
    public String first() {
        return main.isEmpty() ? Stream.of(Service.AMBULANCE, Service.POLICE, Service.FIRE)
                .filter(services::containsKey).map(services::get).findFirst().orElseThrow() : main.get(0);
    }
}
