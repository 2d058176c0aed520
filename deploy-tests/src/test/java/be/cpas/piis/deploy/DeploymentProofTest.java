package be.cpas.piis.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeploymentProofTest {

    @Test
    void the_dev_overlay_renders_to_valid_objects_that_pass_every_check() {
        assertPassesEveryCheck(Repository.overlay("dev"));
    }

    @Test
    void the_prod_overlay_renders_to_valid_objects_that_pass_every_check() {
        assertPassesEveryCheck(Repository.overlay("prod"));
    }

    static List<String> problemsOf(Path overlay) {
        return problemsOf(RenderedOverlay.render(overlay));
    }

    static RenderedOverlay assertPassesEveryCheck(Path overlay) {
        RenderedOverlay rendered = RenderedOverlay.render(overlay);
        List<String> problems = problemsOf(rendered);
        assertThat(problems)
                .withFailMessage(() -> overlay + " fails the deployment proof:\n  " + String.join("\n  ", problems))
                .isEmpty();
        return rendered;
    }

    private static List<String> problemsOf(RenderedOverlay rendered) {
        return DeploymentChecks.problemsOf(rendered, TopicsInUse.in(Repository.ROOT));
    }
}
