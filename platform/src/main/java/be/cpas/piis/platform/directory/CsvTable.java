package be.cpas.piis.platform.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a CSV file as RFC 4180 writes them (fields separated by commas; a field in double
 * quotes may hold commas and doubled quotes), each by the names of the header's columns, with where
 * it was read so that a fault in a deployment's correction names its file and line.
 */
record CsvTable(String origin, List<String> header, List<Row> rows) {

    record Row(String origin, Map<String, String> values) {

        String get(String column) {
            return values.get(column);
        }
    }

    static CsvTable read(String origin, BufferedReader reader) throws IOException {
        String headerLine = reader.readLine();
        if (headerLine == null) {
            throw new IllegalArgumentException(origin + " is empty: a directory file starts with its header");
        }
        List<String> header = fields(stripByteOrderMark(headerLine), origin + ":1");
        List<Row> rows = new ArrayList<>();
        int number = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String where = origin + ":" + number;
            List<String> fields = fields(line, where);
            if (fields.size() != header.size()) {
                throw new IllegalArgumentException(where + " has " + fields.size() + " fields where the header names " + header.size());
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i), fields.get(i).strip());
            }
            rows.add(new Row(where, values));
        }
        return new CsvTable(origin, List.copyOf(header), List.copyOf(rows));
    }

    private static List<String> fields(String line, String where) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(where + " has a quote that does not close: a field spans one line");
        }
        fields.add(field.toString());
        return fields;
    }

    private static String stripByteOrderMark(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
