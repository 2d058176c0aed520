package be.cpas.piis.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cpas.piis.platform.document.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NationalDirectoryTest {

    private static final NationalDirectory SHIPPED = NationalDirectory.shipped();

    @TempDir
    Path corrections;

    @Test
    void X11_the_directory_knows_the_565_municipalities_of_2025_in_their_regions() {
        Map<Region, Long> byRegion = SHIPPED.municipalities().stream().collect(Collectors.groupingBy(Municipality::region, Collectors.counting()));

        assertThat(SHIPPED.municipalities()).hasSize(565);
        assertThat(byRegion).containsEntry(Region.FLANDERS, 285L).containsEntry(Region.WALLONIA, 261L).containsEntry(Region.BRUSSELS, 19L);
        assertThat(SHIPPED.municipality("46030")).hasValueSatisfying(merged -> assertThat(merged.nameNl()).isEqualTo("Beveren-Kruibeke-Zwijndrecht"));
        assertThat(SHIPPED.municipality("21004")).hasValueSatisfying(brussels -> {
            assertThat(brussels.languages()).containsExactly(Language.FR, Language.NL);
            assertThat(brussels.provinceFr()).isNull();
        });
        assertThat(SHIPPED.municipality("99999")).isEmpty();
    }

    @Test
    void X11_every_municipality_resolves_to_exactly_one_division_and_brussels_capital_to_one_per_language() {
        for (Municipality municipality : SHIPPED.municipalities()) {
            List<TribunalDivision> divisions = SHIPPED.labourTribunalsFor(municipality.nisCode());
            assertThat(divisions).as(municipality.nisCode()).hasSize(municipality.region() == Region.BRUSSELS ? 2 : 1);
            for (Language fileLanguage : Language.values()) {
                assertThat(SHIPPED.labourTribunalFor(municipality.nisCode(), fileLanguage)).as(municipality.nisCode()).isPresent();
            }
        }
        assertThat(SHIPPED.labourTribunalFor("99999", Language.FR)).isEmpty();
        assertThat(SHIPPED.labourTribunalsFor("99999")).isEmpty();
    }

    @Test
    void X11_the_german_speaking_municipalities_go_to_eupen_halle_vilvoorde_to_the_dutch_speaking_tribunal_of_brussels() {
        assertThat(SHIPPED.labourTribunalFor("63001", Language.FR)).hasValueSatisfying(eupen -> {
            assertThat(eupen.division()).isEqualTo("eupen");
            assertThat(eupen.language()).isEqualTo(Language.DE);
            assertThat(eupen.tribunalName(Language.FR)).isEqualTo("Tribunal du travail d'Eupen");
        });
        assertThat(SHIPPED.labourTribunalFor("23002", Language.FR)).hasValueSatisfying(asse ->
                assertThat(asse.tribunalName(Language.NL)).isEqualTo("Nederlandstalige arbeidsrechtbank Brussel"));
        assertThat(SHIPPED.labourTribunalFor("62026", Language.FR)).hasValueSatisfying(comblain ->
                assertThat(comblain.division()).isEqualTo("huy"));
        assertThat(SHIPPED.labourTribunalFor("62063", Language.FR)).hasValueSatisfying(liege -> {
            assertThat(liege.division()).isEqualTo("liege");
            assertThat(liege.address()).isEqualTo(new PostalAddress("Place Saint-Lambert 30/0004", "4000", "Liège"));
            assertThat(liege.address().isComplete()).isTrue();
        });
    }

    @Test
    void X11_in_brussels_capital_the_tribunal_follows_the_language_of_the_file() {
        assertThat(SHIPPED.labourTribunalFor("21004", Language.FR).map(TribunalDivision::tribunalNameFr))
                .hasValue("Tribunal du travail francophone de Bruxelles");
        assertThat(SHIPPED.labourTribunalFor("21004", Language.NL).map(TribunalDivision::tribunalNameNl))
                .hasValue("Nederlandstalige arbeidsrechtbank Brussel");
        assertThat(SHIPPED.labourTribunalFor("21004", Language.DE).map(TribunalDivision::tribunalId)).hasValue("brusselsFr");
        assertThat(SHIPPED.labourTribunalsFor("21004")).extracting(TribunalDivision::language).containsExactly(Language.FR, Language.NL);
    }

    @Test
    void X11_an_address_the_source_could_not_confirm_is_left_empty_and_said_incomplete() {
        assertThat(SHIPPED.labourTribunalFor("92094", Language.FR)).hasValueSatisfying(namur -> {
            assertThat(namur.address()).isEqualTo(new PostalAddress(null, null, "Namur"));
            assertThat(namur.address().isComplete()).isFalse();
        });
    }

    @Test
    void X11_names_in_each_language_and_the_name_of_each_cpas() {
        Function<String, Municipality> of = nis -> SHIPPED.municipality(nis).orElseThrow();

        assertThat(of.apply("63067").name(Language.DE)).isEqualTo("Sankt Vith");
        assertThat(of.apply("63067").name(Language.FR)).isEqualTo("Saint-Vith");
        assertThat(of.apply("62063").name(Language.DE)).isEqualTo("Liège");
        assertThat(of.apply("44021").name(Language.DE)).isEqualTo("Gent");
        assertThat(of.apply("21009").cpasName(Language.FR)).isEqualTo("CPAS d'Ixelles");
        assertThat(of.apply("21009").cpasName(Language.NL)).isEqualTo("OCMW Elsene");
        assertThat(of.apply("55035").cpasName(Language.FR)).isEqualTo("CPAS du Roeulx");
        assertThat(of.apply("62063").cpasName(Language.FR)).isEqualTo("CPAS de Liège");
        assertThat(of.apply("44021").cpasName(Language.FR)).isEqualTo("CPAS de Gand");
        assertThat(of.apply("63023").cpasName(Language.DE)).isEqualTo("ÖSHZ Eupen");
        assertThat(of.apply("63023").mainLanguage()).isEqualTo(Language.DE);
    }

    @Test
    void a_name_is_found_whatever_its_case_and_accents_in_french_or_dutch() {
        assertThat(SHIPPED.municipalities().stream().filter(m -> m.nameContains("LIEGE")).map(Municipality::nisCode)).contains("62063");
        assertThat(SHIPPED.municipalities().stream().filter(m -> m.nameContains("sint-joost")).map(Municipality::nisCode))
                .containsExactly("21014");
    }

    @Test
    void X11_a_correction_file_replaces_an_address_and_adds_a_municipality_by_key() throws IOException {
        Path tribunals = write("tribunals.csv", """
                tribunal_id,tribunal_name_fr,tribunal_name_nl,division,language,street,postal_code,city,source_url
                liege,Tribunal du travail de Liège,Arbeidsrechtbank Luik,namur,fr,"Place du Palais de Justice 4, bte 1",5000,Namur,
                """);
        Path municipalities = write("municipalities.csv", """
                nis,name_nl,name_fr,arrondissement_nl,arrondissement_fr,province_nl,province_fr,region,languages,inhabitants_2020
                24999,Nieuwdorp,Nouveau-Village,Leuven,Louvain,Vlaams-Brabant,Brabant flamand,flanders,nl,
                """);

        NationalDirectory corrected = NationalDirectory.withCorrections(List.of(tribunals, municipalities));

        assertThat(corrected.labourTribunalFor("92094", Language.FR).map(TribunalDivision::address))
                .hasValue(new PostalAddress("Place du Palais de Justice 4, bte 1", "5000", "Namur"));
        assertThat(corrected.municipality("24999")).hasValueSatisfying(added -> assertThat(added.inhabitants()).isNull());
        assertThat(corrected.labourTribunalFor("24999", Language.NL).map(TribunalDivision::division)).hasValue("leuven");
        assertThat(corrected.municipalities()).hasSize(566);
        assertThat(SHIPPED.municipalities()).hasSize(565);
    }

    @Test
    void X11_a_correction_that_would_leave_a_municipality_without_its_division_is_refused_naming_its_file_and_line() throws IOException {
        Path territories = write("territories.csv", """
                scope,key,tribunal_id,division,note
                nis,62063,liege,liège,"a typo, in the division"
                """);
        Path orphan = write("orphan.csv", """
                nis,name_nl,name_fr,arrondissement_nl,arrondissement_fr,province_nl,province_fr,region,languages,inhabitants_2020
                99001,Nergens,Nulle-Part,Nergens,Nulle-Part,,,wallonia,fr,12
                """);
        Path unknown = write("unknown.csv", "nis,name\n11001,Aartselaar\n");

        assertThatThrownBy(() -> NationalDirectory.withCorrections(List.of(territories, orphan, unknown)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(territories + ":2 names the division liège of the tribunal liege")
                .hasMessageContaining("The municipality 99001 (Nulle-Part) has no labour tribunal")
                .hasMessageContaining(unknown + " has the columns of none of the directory's files");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(corrections.resolve(name), content, StandardCharsets.UTF_8);
    }
}
