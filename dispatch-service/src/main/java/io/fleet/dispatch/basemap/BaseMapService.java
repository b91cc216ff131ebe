package io.fleet.dispatch.basemap;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.fleet.dispatch.common.Problem;
import io.fleet.dispatch.common.ProblemException;
import io.fleet.dispatch.routing.MapConfig;
import io.fleet.dispatch.routing.MapFiles;
import io.fleet.dispatch.routing.StartupLoad;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Reads the extract for the base map at start-up (like routing, in the background when configured). */
@ApplicationScoped
public class BaseMapService {

    static final String ATTRIBUTION = "© OpenStreetMap contributors";
    private static final Logger LOG = Logger.getLogger(BaseMapService.class);

    private final MapConfig config;
    private final AtomicReference<BaseMap> map = new AtomicReference<>();
    private volatile String failure;

    BaseMapService(MapConfig config) {
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        System.setProperty("java.awt.headless", "true");
        StartupLoad.run(config, "base-map-read", this::load);
    }

    private void load() {
        try {
            map.set(BaseMap.open(MapFiles.resolve(config.osm()), MapFiles.resolve(config.cache())));
        } catch (RuntimeException e) {
            failure = String.valueOf(e.getMessage());
            LOG.errorf(e, "base map of %s could not be read", config.osm());
        }
    }

    public byte[] tile(int z, int x, int y) {
        return ready().tile(z, x, y);
    }

    public MapInfo info() {
        BaseMap m = ready();
        double[] bounds = {m.minLat(), m.minLon(), m.maxLat(), m.maxLon()};
        double[] centre = {(m.minLat() + m.maxLat()) / 2, (m.minLon() + m.maxLon()) / 2};
        return new MapInfo(bounds, centre, BaseMap.MIN_ZOOM, BaseMap.MAX_ZOOM, "/api/map/tiles/{z}/{x}/{y}.png",
                ATTRIBUTION, m.labelFont(), onlineLayers());
    }

    private List<MapInfo.OnlineLayer> onlineLayers() {
        List<MapInfo.OnlineLayer> layers = new ArrayList<>();
        config.tiandituKey().ifPresent(key -> layers.add(new MapInfo.OnlineLayer("tianditu",
                "https://t{s}.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default"
                        + "&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=" + key,
                "WGS84", List.of("0", "1", "2", "3", "4", "5", "6", "7"), "© 天地图")));
        config.gcj02Tiles().ifPresent(url -> layers.add(new MapInfo.OnlineLayer("gcj02", url, "GCJ02",
                List.of("1", "2", "3", "4"), "online GCJ-02 map")));
        return layers;
    }

    private BaseMap ready() {
        BaseMap loaded = map.get();
        if (loaded == null) {
            String detail = failure != null ? "the base map failed to load: " + failure : "the base map is still loading";
            throw new ProblemException(new Problem("urn:fleet:problem:map-unavailable", "Map unavailable", 503, detail, null));
        }
        return loaded;
    }
}
