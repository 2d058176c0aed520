package be.cpas.piis.console.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BeneficiaryLinksTest {

    private static final UUID BENEFICIARY = UUID.fromString("3f2c1a7e-9b4d-4c61-8a2e-5d7f0b9c1e23");
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void a_link_opens_the_page_of_its_one_beneficiary_of_its_cpas_until_it_expires() {
        BeneficiaryLinks links = links("the console's secret", NOW);
        String token = links.token(links.issuedFor("21004", BENEFICIARY));

        assertThat(links.read(token)).isEqualTo(new BeneficiaryLinks.Link("21004", BENEFICIARY, NOW.plus(Duration.ofDays(30))));
        assertThatThrownBy(() -> links("the console's secret", NOW.plus(Duration.ofDays(30))).read(token))
                .isInstanceOfSatisfying(BeneficiaryLinks.RefusedLink.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(BeneficiaryLinks.Refusal.EXPIRED));
    }

    @Test
    void a_link_changed_in_any_way_or_signed_with_another_secret_is_forged() {
        BeneficiaryLinks links = links("the console's secret", NOW);
        String token = links.token(links.issuedFor("21004", BENEFICIARY));
        String otherBeneficiary = links.token(links.issuedFor("21004", UUID.randomUUID()));
        String swapped = token.substring(0, token.indexOf('.')) + otherBeneficiary.substring(otherBeneficiary.indexOf('.'));

        for (String forged : new String[] {swapped, token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A"),
                links("another secret", NOW).token(links.issuedFor("21004", BENEFICIARY)), "not-a-link", "", "a.b.c"}) {
            assertThatThrownBy(() -> links.read(forged)).as(forged)
                    .isInstanceOfSatisfying(BeneficiaryLinks.RefusedLink.class,
                            refused -> assertThat(refused.refusal()).isEqualTo(BeneficiaryLinks.Refusal.FORGED));
        }
    }

    @Test
    void the_console_does_not_start_with_a_secret_anyone_could_guess() {
        assertThatThrownBy(() -> links("short", NOW).requireAStrongSecret(null)).isInstanceOf(IllegalStateException.class);
        links("a secret of thirty-two bytes or more", NOW).requireAStrongSecret(null);
    }

    private static BeneficiaryLinks links(String secret, Instant now) {
        BeneficiaryLinks links = new BeneficiaryLinks();
        links.secret = secret;
        links.validity = Duration.ofDays(30);
        links.clock = Clock.fixed(now, ZoneOffset.UTC);
        return links;
    }
}
