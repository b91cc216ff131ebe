package io.fleet.dispatch.basemap;

import io.fleet.dispatch.common.Problems;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The offline base map: raster tiles drawn from the configured OpenStreetMap extract, nothing fetched from outside. */
@Path("/api/map")
@Tag(name = "Base map", description = "Offline raster tiles from the local OpenStreetMap extract")
public class BaseMapResource {

    private final BaseMapService map;

    BaseMapResource(BaseMapService map) {
        this.map = map;
    }

    @GET
    @Path("/info")
    @Operation(summary = "Extent, centre, zoom range, tile URL, attribution and allowed online layers")
    public MapInfo info() {
        return map.info();
    }

    @GET
    @Path("/tiles/{z}/{x}/{y}.png")
    @Produces("image/png")
    @Operation(summary = "One 256-pixel PNG tile (slippy-map z/x/y, Web Mercator)")
    public Response tile(@PathParam("z") int z, @PathParam("x") int x, @PathParam("y") int y) {
        if (z < 0 || z > BaseMap.MAX_ZOOM) {
            throw Problems.badField("z", "zoom must be between 0 and " + BaseMap.MAX_ZOOM);
        }
        int n = 1 << z;
        if (x < 0 || x >= n) {
            throw Problems.badField("x", "must be between 0 and " + (n - 1) + " at zoom " + z);
        }
        if (y < 0 || y >= n) {
            throw Problems.badField("y", "must be between 0 and " + (n - 1) + " at zoom " + z);
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400);
        return Response.ok(map.tile(z, x, y), "image/png").cacheControl(cache).build();
    }
}
