package io.fleet.dispatch.demo;

import io.fleet.dispatch.config.FleetConfig;
import io.fleet.dispatch.organisation.OrganisationService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Loads the demo city into an empty database, through the same services as any user's request. `bin/fleet up` turns
 * it on (FLEET_DEMO=true); tests and production leave it off.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final FleetConfig config;
    private final OrganisationService organisations;
    private final DemoOrganisations demoOrganisations;
    private final DemoFleet demoFleet;

    DemoData(FleetConfig config, OrganisationService organisations, DemoOrganisations demoOrganisations, DemoFleet demoFleet) {
        this.config = config;
        this.organisations = organisations;
        this.demoOrganisations = demoOrganisations;
        this.demoFleet = demoFleet;
    }

    void load(@Observes StartupEvent startup) {
        if (!config.enabled()) {
            return;
        }
        int existing = organisations.list(null).size();
        if (existing > 0) {
            LOG.infof("demo data: %d organisations exist, nothing loaded", existing);
            return;
        }
        demoFleet.load(demoOrganisations.load());
    }
}
