/**
 * Turning a run into results: Gatling's statistics (the table of its HTML report) per scenario, the runner's
 * measurements, the Markdown report with its summary tables and the latency-against-size plot (SVG), and the smoke
 * check.
 */
package ru.navyk.benchmark.report;
