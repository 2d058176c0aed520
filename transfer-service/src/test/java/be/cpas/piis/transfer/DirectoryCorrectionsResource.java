package be.cpas.piis.transfer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/**
 * X11: the tests' deployment corrects the national directory as a real one would, with files read
 * at start: a made-up address for the Eupen division, and a made-up municipality, 24999 Proefdorp
 * (arrondissement Leuven). Neither is real data.
 */
public class DirectoryCorrectionsResource implements QuarkusTestResourceLifecycleManager {

    public static final String ADDED_MUNICIPALITY = "24999";
    public static final String CORRECTED_EUPEN_STREET = "Rathausplatz 99, Testeingang";

    @Override
    public Map<String, String> start() {
        Path folder = Path.of("src", "test", "resources", "directory-corrections").toAbsolutePath();
        return Map.of("piis.directory.corrections",
                folder.resolve("labour-tribunals.csv") + "," + folder.resolve("belgian-municipalities.csv"));
    }

    @Override
    public void stop() {
        // Nothing to stop: the files stay where they are.
    }
}
