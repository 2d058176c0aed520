package be.cpas.piis.platform.directory;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The {@link NationalDirectory} of a service, read at start: the shipped data, then the correction
 * files a deployment names in {@code piis.directory.corrections} (comma-separated paths). A fault in
 * them stops the start, naming the file and line, rather than leave a directory half right.
 */
@ApplicationScoped
public class NationalDirectoryProducer {

    private static final Logger LOG = Logger.getLogger(NationalDirectoryProducer.class);

    @ConfigProperty(name = "piis.directory.corrections")
    Optional<List<String>> corrections;

    @Produces
    @Singleton
    @Startup
    NationalDirectory nationalDirectory() {
        List<Path> files = corrections.orElse(List.of()).stream().map(Path::of).toList();
        NationalDirectory directory = NationalDirectory.withCorrections(files);
        LOG.infof("National directory: %d municipalities, corrected by %s", directory.municipalities().size(), files.isEmpty() ? "none" : files);
        return directory;
    }
}
