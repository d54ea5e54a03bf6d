package ru.navyk.benchmark.report;

import java.util.List;
import java.util.Map;
import ru.navyk.benchmark.Size;

/**
 * Everything measured at one size.
 *
 * @param rows                rows the generator wrote per table
 * @param generationSeconds   time the generator took (bulk inserts and statistics, not the portal's first start)
 * @param database            the database the portal ran on ("embedded Derby", "PostgreSQL 15.14")
 * @param copySeconds         time the copy of the generated centre into PostgreSQL took (0 on Derby)
 * @param databaseBytes       the database on disk after the run
 * @param readySeconds        launch of Payara Micro to the portal answering (health ready and the home page)
 * @param rssIdleBytes        resident memory a few seconds after ready, before any load
 * @param rssPeakBytes        the highest resident memory sampled during the load
 * @param heapIdleBytes       heap in use before the load (-1 if unknown)
 * @param heapAfterLoadBytes  heap in use right after the load (-1 if unknown)
 * @param heapCommittedBytes  heap the JVM had committed after the load (-1 if unknown)
 * @param loadBefore          the machine's 1-minute load average before the run of this size (above the core count
 *                            before the first size: other work competed, the numbers are not results)
 * @param loadAfter           and after it (the run's own load included)
 */
public record SizeResult(Size size, int people, Map<String, Long> rows, double generationSeconds, String database,
                         double copySeconds, long databaseBytes,
                         double readySeconds, long rssIdleBytes, long rssPeakBytes, long heapIdleBytes,
                         long heapAfterLoadBytes, long heapCommittedBytes, double loadBefore, double loadAfter,
                         List<ScenarioResult> scenarios) {
}
