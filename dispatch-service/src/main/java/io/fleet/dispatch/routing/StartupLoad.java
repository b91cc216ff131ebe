package io.fleet.dispatch.routing;

/** Start-up loading of map data (graph import, base-map read), shared by the routing and base-map services. */
public final class StartupLoad {

    private StartupLoad() {
    }

    /** On its own daemon thread when the config says so (the service answers meanwhile), else right now. */
    public static void run(MapConfig config, String threadName, Runnable load) {
        if (config.importInBackground()) {
            Thread loader = new Thread(load, threadName);
            loader.setDaemon(true);
            loader.start();
        } else {
            load.run();
        }
    }
}
