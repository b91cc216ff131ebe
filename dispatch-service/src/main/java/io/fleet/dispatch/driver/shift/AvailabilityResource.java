package io.fleet.dispatch.driver.shift;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/drivers/availability")
@Tag(name = "Drivers")
public class AvailabilityResource {

    private final ShiftService service;

    AvailabilityResource(ShiftService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Each driver's working intervals on a day (China Standard Time; today by default) after leave, "
            + "for an organisation's subtree (all when org is omitted)")
    public List<AvailabilityView> availability(@QueryParam("day") String day, @QueryParam("org") Long org) {
        return service.availability(day, org);
    }
}
