package io.fleet.dispatch.routing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resolves configured map paths. `bin/fleet up` runs the services from the repository root, but Maven runs tests
 * from the module directory, so a relative path whose parent does not exist as given is taken from the repository root
 * (the system property {@code fleet.repo.root}, else the parent directory).
 */
public final class MapFiles {

    private MapFiles() {
    }

    public static Path resolve(String configured) {
        Path path = Path.of(configured);
        Path parent = path.getParent();
        if (path.isAbsolute() || Files.exists(path) || (parent != null && Files.isDirectory(parent))) {
            return path.toAbsolutePath().normalize();
        }
        Path root = Path.of(System.getProperty("fleet.repo.root", "..")).toAbsolutePath().normalize();
        Path fromRoot = root.resolve(configured);
        return fromRoot.normalize();
    }
}
