package be.cpas.piis.platform.directory;

import be.cpas.piis.platform.document.DocumentLanguages;
import be.cpas.piis.platform.document.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * X11: every Belgian CPAS, by the NIS code of its municipality, and the labour tribunal division
 * competent for its beneficiaries. Read once from the data the platform ships
 * ({@code directory/*.csv}: the 565 municipalities of 1 January 2025, the 34 divisions of the labour
 * tribunals and their territories, with their source and date in {@code directory/README.md}), then
 * from a deployment's correction files, each with the columns of one of the shipped files, whose
 * rows add entries or replace them by key: a municipality by {@code nis}, a division by
 * {@code tribunal_id} and {@code division}, a territory by {@code scope} and {@code key}. Data
 * that would leave a municipality without exactly one division, or a row that cannot be read, is
 * refused whole, naming each faulty file and line: the directory is never half right.
 * Immutable; plain Java, so that any service may use it.
 */
public final class NationalDirectory {

    /** The pseudo-tribunal of Brussels-Capital's territory rows: the tribunal follows the language of the file. */
    static final String BRUSSELS_BY_LANGUAGE = "brussels";
    /** The two tribunals sitting in Brussels between which {@link #BRUSSELS_BY_LANGUAGE} chooses. */
    private static final List<String> BRUSSELS_TRIBUNALS = List.of("brusselsFr", "brusselsNl");
    private static final Pattern NIS_CODE = Pattern.compile("\\d{5}");

    /** The three tables of the data, their columns as the shipped files name them, and the columns of their key. */
    enum Table {
        MUNICIPALITIES("belgian-municipalities-2025.csv", List.of("nis"), "nis", "name_nl", "name_fr", "arrondissement_nl",
                "arrondissement_fr", "province_nl", "province_fr", "region", "languages", "inhabitants_2020"),
        TRIBUNALS("labour-tribunals.csv", List.of("tribunal_id", "division"), "tribunal_id", "tribunal_name_fr", "tribunal_name_nl",
                "division", "language", "street", "postal_code", "city", "source_url"),
        TERRITORIES("labour-tribunal-territories.csv", List.of("scope", "key"), "scope", "key", "tribunal_id", "division", "note");

        final String shippedFile;
        final List<String> key;
        final List<String> columns;

        Table(String shippedFile, List<String> key, String... columns) {
            this.shippedFile = shippedFile;
            this.key = key;
            this.columns = List.of(columns);
        }

        String keyOf(CsvTable.Row row) {
            return String.join("|", key.stream().map(row::get).toList());
        }

        static Optional<Table> withColumns(List<String> header) {
            return Arrays.stream(values()).filter(table -> new HashSet<>(table.columns).equals(new HashSet<>(header))
                    && header.size() == table.columns.size()).findFirst();
        }
    }

    private final Map<String, Municipality> municipalities;
    /** By NIS code: the one division competent, or in Brussels-Capital the francophone then the Dutch-speaking one. */
    private final Map<String, List<TribunalDivision>> competent;

    private NationalDirectory(Map<String, Municipality> municipalities, Map<String, List<TribunalDivision>> competent) {
        this.municipalities = municipalities;
        this.competent = competent;
    }

    /** The data as the platform ships it. */
    public static NationalDirectory shipped() {
        return withCorrections(List.of());
    }

    /**
     * The shipped data, corrected by {@code corrections} in their order (a later row replaces an
     * earlier one of the same key).
     *
     * @throws IllegalStateException naming every fault, when a file cannot be read or the result is not a whole directory
     */
    public static NationalDirectory withCorrections(List<Path> corrections) {
        Map<Table, Map<String, CsvTable.Row>> rows = new EnumMap<>(Table.class);
        List<String> faults = new ArrayList<>();
        for (Table table : Table.values()) {
            rows.put(table, new LinkedHashMap<>());
            CsvTable shipped = shippedTable(table);
            keep(table, shipped, rows.get(table), faults);
        }
        for (Path correction : corrections) {
            CsvTable read;
            try (BufferedReader reader = Files.newBufferedReader(correction, StandardCharsets.UTF_8)) {
                read = CsvTable.read(correction.toString(), reader);
            } catch (IOException | IllegalArgumentException | UncheckedIOException unreadable) {
                faults.add(correction + " cannot be read: " + unreadable.getMessage());
                continue;
            }
            Optional<Table> table = Table.withColumns(read.header());
            if (table.isEmpty()) {
                faults.add(correction + " has the columns of none of the directory's files (" + String.join(",", read.header()) + ")");
                continue;
            }
            for (CsvTable.Row row : read.rows()) {
                rows.get(table.get()).put(table.get().keyOf(row), row);
            }
        }
        return build(rows, faults);
    }

    /** The municipality of {@code nisCode}, if the directory knows it. */
    public Optional<Municipality> municipality(String nisCode) {
        return Optional.ofNullable(municipalities.get(nisCode));
    }

    /** Every municipality, by NIS code. */
    public List<Municipality> municipalities() {
        return List.copyOf(municipalities.values());
    }

    /**
     * The labour tribunal division competent for a beneficiary of the CPAS of {@code nisCode} whose
     * file is in {@code fileLanguage} (S8). Outside Brussels-Capital the language changes nothing;
     * in Brussels-Capital a file in Dutch goes to the Nederlandstalige arbeidsrechtbank Brussel, one
     * in French to the Tribunal du travail francophone de Bruxelles, and so does one in German, which
     * neither hears. Empty only for a NIS code the directory does not know.
     */
    public Optional<TribunalDivision> labourTribunalFor(String nisCode, Language fileLanguage) {
        List<TribunalDivision> divisions = competent.get(nisCode);
        if (divisions == null) {
            return Optional.empty();
        }
        return Optional.of(divisions.stream().filter(division -> division.language() == fileLanguage).findFirst().orElse(divisions.get(0)));
    }

    /**
     * Every division that may be competent for a beneficiary of the CPAS of {@code nisCode}: one, or
     * in Brussels-Capital the francophone then the Dutch-speaking one; empty for a NIS code the
     * directory does not know.
     */
    public List<TribunalDivision> labourTribunalsFor(String nisCode) {
        return competent.getOrDefault(nisCode, List.of());
    }

    private static CsvTable shippedTable(Table table) {
        String resource = "/directory/" + table.shippedFile;
        try (InputStream stream = NationalDirectory.class.getResourceAsStream(resource)) {
            if (stream == null) {
                throw new IllegalStateException("The platform ships " + resource + ", which is missing from its jar");
            }
            return CsvTable.read(resource, new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped rows, where a key is given once: a second row of the same key is a fault of the data, not a correction. */
    private static void keep(Table table, CsvTable shipped, Map<String, CsvTable.Row> rows, List<String> faults) {
        if (!shipped.header().equals(table.columns)) {
            faults.add(shipped.origin() + " has the columns " + shipped.header() + " where the directory reads " + table.columns);
            return;
        }
        for (CsvTable.Row row : shipped.rows()) {
            if (rows.putIfAbsent(table.keyOf(row), row) != null) {
                faults.add(row.origin() + " repeats the key " + table.keyOf(row));
            }
        }
    }

    /** The directory out of {@code rows}, unless they or the files they came from ({@code faults} so far) have a fault. */
    private static NationalDirectory build(Map<Table, Map<String, CsvTable.Row>> rows, List<String> faults) {
        Map<String, Municipality> municipalities = new TreeMap<>();
        rows.get(Table.MUNICIPALITIES).values().forEach(row -> municipalityOf(row, faults).ifPresent(m -> municipalities.put(m.nisCode(), m)));
        Map<String, TribunalDivision> divisions = new LinkedHashMap<>();
        rows.get(Table.TRIBUNALS).forEach((key, row) -> divisionOf(row, faults).ifPresent(division -> divisions.put(key, division)));
        List<TribunalDivision> brussels = new ArrayList<>();
        for (String tribunal : BRUSSELS_TRIBUNALS) {
            List<TribunalDivision> found = divisions.values().stream().filter(division -> division.tribunalId().equals(tribunal)).toList();
            if (found.size() == 1) {
                brussels.add(found.get(0));
            } else {
                faults.add("The tribunal " + tribunal + " of Brussels-Capital has one division: the tribunals' file gives it " + found.size());
            }
        }

        Map<String, CsvTable.Row> byNis = new LinkedHashMap<>();
        Map<String, CsvTable.Row> byArrondissement = new LinkedHashMap<>();
        for (CsvTable.Row territory : rows.get(Table.TERRITORIES).values()) {
            String tribunal = territory.get("tribunal_id");
            if (!tribunal.equals(BRUSSELS_BY_LANGUAGE) && !divisions.containsKey(tribunal + "|" + territory.get("division"))) {
                faults.add(territory.origin() + " names the division " + territory.get("division") + " of the tribunal " + tribunal
                        + ", which the tribunals' file does not have");
            }
            switch (territory.get("scope")) {
                case "nis" -> {
                    if (!municipalities.containsKey(territory.get("key"))) {
                        faults.add(territory.origin() + " names the municipality " + territory.get("key") + ", which the directory does not have");
                    }
                    byNis.put(territory.get("key"), territory);
                }
                case "arrondissement" -> byArrondissement.put(territory.get("key"), territory);
                default -> faults.add(territory.origin() + " has the scope " + territory.get("scope") + ": nis or arrondissement");
            }
        }

        Map<String, List<TribunalDivision>> competent = new LinkedHashMap<>();
        for (Municipality municipality : municipalities.values()) {
            CsvTable.Row territory = byNis.getOrDefault(municipality.nisCode(), byArrondissement.get(municipality.arrondissementNl()));
            if (territory == null) {
                faults.add("The municipality " + municipality.nisCode() + " (" + municipality.nameFr() + ") has no labour tribunal: no territory"
                        + " row names its NIS code nor its arrondissement " + municipality.arrondissementNl());
                continue;
            }
            if (territory.get("tribunal_id").equals(BRUSSELS_BY_LANGUAGE)) {
                competent.put(municipality.nisCode(), List.copyOf(brussels));
            } else {
                Optional.ofNullable(divisions.get(territory.get("tribunal_id") + "|" + territory.get("division")))
                        .ifPresent(division -> competent.put(municipality.nisCode(), List.of(division)));
            }
        }
        return faults.isEmpty() ? new NationalDirectory(municipalities, competent) : refuse(faults);
    }

    private static Optional<Municipality> municipalityOf(CsvTable.Row row, List<String> faults) {
        int before = faults.size();
        String nis = row.get("nis");
        if (!NIS_CODE.matcher(nis).matches()) {
            faults.add(row.origin() + ": nis " + nis + " is not 5 digits");
        }
        for (String required : List.of("name_nl", "name_fr", "arrondissement_nl", "arrondissement_fr")) {
            if (row.get(required).isEmpty()) {
                faults.add(row.origin() + ": " + required + " is empty");
            }
        }
        Region region = Arrays.stream(Region.values()).filter(r -> r.name().toLowerCase(Locale.ROOT).equals(row.get("region"))).findFirst()
                .orElse(null);
        if (region == null) {
            faults.add(row.origin() + ": region " + row.get("region") + " is none of flanders, wallonia, brussels");
        }
        List<Language> languages = new ArrayList<>();
        for (String code : row.get("languages").split(",")) {
            DocumentLanguages.ofCode(code.strip()).ifPresentOrElse(languages::add,
                    () -> faults.add(row.origin() + ": languages " + row.get("languages") + " are not among fr, nl, de"));
        }
        Integer inhabitants = null;
        if (!row.get("inhabitants_2020").isEmpty()) {
            try {
                inhabitants = Integer.valueOf(row.get("inhabitants_2020"));
            } catch (NumberFormatException e) {
                faults.add(row.origin() + ": inhabitants_2020 " + row.get("inhabitants_2020") + " is not a whole number");
            }
        }
        if (faults.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Municipality(nis, row.get("name_nl"), row.get("name_fr"), row.get("arrondissement_nl"),
                row.get("arrondissement_fr"), emptyToNull(row.get("province_nl")), emptyToNull(row.get("province_fr")), region, languages,
                inhabitants));
    }

    private static Optional<TribunalDivision> divisionOf(CsvTable.Row row, List<String> faults) {
        Optional<Language> language = DocumentLanguages.ofCode(row.get("language"));
        if (language.isEmpty()) {
            faults.add(row.origin() + ": language " + row.get("language") + " is none of fr, nl, de");
        }
        if (row.get("tribunal_name_fr").isEmpty() || row.get("tribunal_name_nl").isEmpty()) {
            faults.add(row.origin() + ": the tribunal has a name in French and in Dutch");
            return Optional.empty();
        }
        return language.map(heard -> new TribunalDivision(row.get("tribunal_id"), row.get("tribunal_name_fr"), row.get("tribunal_name_nl"),
                row.get("division"), heard, new PostalAddress(emptyToNull(row.get("street")), emptyToNull(row.get("postal_code")),
                emptyToNull(row.get("city"))), emptyToNull(row.get("source_url"))));
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static NationalDirectory refuse(List<String> faults) {
        throw new IllegalStateException("The national directory (X11) cannot be read: " + String.join("; ", faults));
    }
}
