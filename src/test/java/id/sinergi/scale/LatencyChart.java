package id.sinergi.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Draws latency against the number of action items (both axes logarithmic) as SVG from the CSV files the grid
 * benchmark wrote ({@code target/scale/grid-<database>-<items>.csv}), one line per operation, the app's median.
 * <pre>... exec:java -Dbenchmark.class=id.sinergi.scale.LatencyChart -Dexec.args="postgresql docs/performance-latency.svg"</pre>
 */
public final class LatencyChart {

    private static final Pattern FILE = Pattern.compile("grid-(\\w+)-(\\d+)\\.csv");
    private static final List<String> OPERATIONS = List.of("no filter: count up to 10,001 (grid)",
            "no filter: exact count", "no filter: first page", "no filter: last page, scrolled to (keyset)",
            "no filter: last page, 10,000 rows past the last read", "no filter: middle page, jumped to (offset)",
            "status: first page", "text: first page", "region search, one word, 50 hits");
    private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
            "#e377c2", "#7f7f7f", "#17becf"};
    private static final int W = 860;
    private static final int H = 480;
    private static final int LEFT = 70;
    private static final int RIGHT = 330;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;

    private LatencyChart() {
    }

    public static void main(String[] args) throws IOException {
        String database = args.length > 0 ? args[0] : "postgresql";
        Path out = Path.of(args.length > 1 ? args[1] : "docs/performance-latency.svg");
        Map<String, TreeMap<Long, Double>> series = new TreeMap<>();
        try (var files = Files.list(Path.of("target/scale"))) {
            for (Path file : files.toList()) {
                Matcher m = FILE.matcher(file.getFileName().toString());
                if (m.matches() && m.group(1).equals(database)) {
                    long items = Long.parseLong(m.group(2));
                    for (String line : Files.readAllLines(file)) {
                        String[] parts = line.split(",");
                        String label = String.join(",", List.of(parts).subList(0, parts.length - 4));
                        if (OPERATIONS.contains(label)) {
                            series.computeIfAbsent(label, k -> new TreeMap<>()).put(items,
                                    Double.parseDouble(parts[parts.length - 4]));
                        }
                    }
                }
            }
        }
        Files.writeString(out, svg(database, series));
        System.out.println("written " + out);
    }

    private static String svg(String database, Map<String, TreeMap<Long, Double>> series) {
        double minX = 4;
        double maxX = 6.2;
        double minY = -1;
        double maxY = 4;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n"
                + "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n"
                + "<text x=\"%d\" y=\"22\" font-size=\"15\">Action items grid on %s: median latency (ms) against items"
                + " (log-log)</text>%n", W, H, LEFT, database));
        for (int e = (int) minY; e <= maxY; e++) {
            double y = y(e, minY, maxY);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT, W - RIGHT, y, y, LEFT - 6, y + 4,
                    e < 0 ? "0.1" : String.valueOf((long) Math.pow(10, e))));
        }
        double goal = y(Math.log10(50), minY, maxY);
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"red\" "
                + "stroke-dasharray=\"4 4\"/><text x=\"%d\" y=\"%.1f\" fill=\"red\">goal 50 ms</text>%n", LEFT, W - RIGHT,
                goal, goal, W - RIGHT - 70, goal - 4));
        for (long items : new long[] {10_000, 100_000, 1_000_000}) {
            double x = x(Math.log10(items), minX, maxX);
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%,d</text>%n", x, x, TOP, H - BOTTOM, x,
                    H - BOTTOM + 18, items));
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">action items</text>%n",
                (LEFT + W - RIGHT) / 2, H - 20));
        int i = 0;
        for (var entry : series.entrySet()) {
            String colour = COLOURS[i % COLOURS.length];
            List<String> points = new ArrayList<>();
            entry.getValue().forEach((items, ms) -> points.add(String.format(Locale.ROOT, "%.1f,%.1f",
                    x(Math.log10(items), minX, maxX), y(Math.log10(Math.max(ms, 0.1)), minY, maxY))));
            s.append(String.format("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n", colour,
                    String.join(" ", points)));
            for (String p : points) {
                String[] xy = p.split(",");
                s.append(String.format("<circle cx=\"%s\" cy=\"%s\" r=\"3\" fill=\"%s\"/>%n", xy[0], xy[1], colour));
            }
            int ly = TOP + 10 + i * 20;
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" "
                    + "stroke-width=\"3\"/><text x=\"%d\" y=\"%d\">%s</text>%n", W - RIGHT + 15, W - RIGHT + 35, ly, ly,
                    colour, W - RIGHT + 40, ly + 4, entry.getKey()));
            i++;
        }
        return s.append("</svg>\n").toString();
    }

    private static double x(double log, double min, double max) {
        return LEFT + (log - min) / (max - min) * (W - LEFT - RIGHT);
    }

    private static double y(double log, double min, double max) {
        return H - BOTTOM - (log - min) / (max - min) * (H - TOP - BOTTOM);
    }
}
