package io.fleet.dispatch.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.fleet.dispatch.organisation.NewOrganisation;
import io.fleet.dispatch.organisation.OrganisationKind;
import io.fleet.dispatch.organisation.OrganisationService;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** The demo city's organisation tree, created through the same service as any user's request. */
@ApplicationScoped
public class DemoOrganisations {

    private static final Logger LOG = Logger.getLogger(DemoOrganisations.class);

    /** code, parent code, name, kind — parents first. */
    static final List<String[]> TREE = List.of(
            new String[] {"3301", null, "杭州市机关事务管理局", "CITY_BUREAU"},
            new String[] {"3301-01", "3301", "杭州市应急管理局", "UNIT"},
            new String[] {"3301-02", "3301", "杭州市机要保密局", "UNIT"},
            new String[] {"3301-03", "3301", "杭州市委老干部局", "UNIT"},
            new String[] {"330102", "3301", "上城区机关事务管理局", "DISTRICT_BUREAU"},
            new String[] {"330102-01", "330102", "上城区综合行政执法局", "UNIT"},
            new String[] {"330102-02", "330102", "上城区生态环境分局", "UNIT"},
            new String[] {"330106", "3301", "西湖区机关事务管理局", "DISTRICT_BUREAU"},
            new String[] {"330106-01", "330106", "西湖区综合行政执法局", "UNIT"},
            new String[] {"330106-02", "330106", "西湖区应急管理局", "UNIT"});

    private final OrganisationService organisations;

    DemoOrganisations(OrganisationService organisations) {
        this.organisations = organisations;
    }

    /** Creates the tree and returns the id of each organisation by its code. */
    Map<String, Long> load() {
        Map<String, Long> idByCode = new HashMap<>();
        for (String[] row : TREE) {
            Long parentId = row[1] == null ? null : idByCode.get(row[1]);
            var created = organisations.create(new NewOrganisation(parentId, row[0], row[2], OrganisationKind.valueOf(row[3])));
            idByCode.put(created.code(), created.id());
        }
        LOG.infof("demo data: %d organisations loaded", TREE.size());
        return idByCode;
    }
}
