package ru.navyk.benchmark.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plot of latency against size: the 95th percentile of each scenario's action at each size run, people on a
 * logarithmic axis (500, 5,000, 50,000), milliseconds on a linear one. A line that climbs faster than the data it
 * shows means per-row work. Written as plain SVG, readable in any browser and on GitHub.
 */
public final class LatencyPlot {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 420;
    private static final int LEFT = 70;
    private static final int RIGHT = 200;
    private static final int TOP = 30;
    private static final int BOTTOM = 50;
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b",
        "#e377c2", "#17becf"};

    private LatencyPlot() {
    }

    public static String svg(List<SizeResult> sizes) {
        Map<String, List<double[]>> lines = new LinkedHashMap<>();
        double maxMillis = 1;
        for (SizeResult size : sizes) {
            for (ScenarioResult scenario : size.scenarios()) {
                lines.computeIfAbsent(scenario.name(), n -> new ArrayList<>())
                        .add(new double[] {size.people(), scenario.action().p95()});
                maxMillis = Math.max(maxMillis, scenario.action().p95());
            }
        }
        double minPeople = sizes.stream().mapToDouble(SizeResult::people).min().orElse(500);
        double maxPeople = sizes.stream().mapToDouble(SizeResult::people).max().orElse(50_000);
        double logMin = Math.log10(minPeople) - 0.2;
        double logMax = Math.log10(Math.max(maxPeople, minPeople * 10)) + 0.2;
        double yMax = niceCeiling(maxMillis * 1.1);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"14\">p95 latency of each scenario's"
                + " action against the centre's size</text>%n", LEFT));
        for (int i = 0; i <= 5; i++) {
            double value = yMax * i / 5;
            double y = TOP + plotHeight - plotHeight * value / yMax;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT, y, LEFT + plotWidth, y,
                    LEFT - 6, y + 4, format(value)));
        }
        for (int people : new int[] {500, 5_000, 50_000}) {
            if (Math.log10(people) < logMin || Math.log10(people) > logMax) {
                continue;
            }
            double x = LEFT + plotWidth * (Math.log10(people) - logMin) / (logMax - logMin);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%,d</text>%n", x, TOP, x, TOP + plotHeight,
                    x, TOP + plotHeight + 16, people));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">people in the centre"
                + " (log scale)</text>%n", LEFT + plotWidth / 2, HEIGHT - 10));
        svg.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%d\" transform=\"rotate(-90 16 %d)\""
                + " text-anchor=\"middle\">ms</text>%n", TOP + plotHeight / 2, TOP + plotHeight / 2));
        int colour = 0;
        for (Map.Entry<String, List<double[]>> line : lines.entrySet()) {
            String stroke = COLOURS[colour % COLOURS.length];
            StringBuilder points = new StringBuilder();
            for (double[] point : line.getValue()) {
                double x = LEFT + plotWidth * (Math.log10(point[0]) - logMin) / (logMax - logMin);
                double y = TOP + plotHeight - plotHeight * point[1] / yMax;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>%n",
                        x, y, stroke));
            }
            svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\""
                    + " stroke-width=\"2\"/>%n", points.toString().strip(), stroke));
            int legendY = TOP + 10 + colour * 18;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\">%s</text>%n", WIDTH - RIGHT + 16, legendY - 10, stroke,
                    WIDTH - RIGHT + 34, legendY, escape(line.getKey())));
            colour++;
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static double niceCeiling(double value) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
