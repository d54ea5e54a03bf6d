/**
 * The SQL a view needs, run directly over JDBC against the same database after the portal has stopped: what the
 * view would cost with no server, no JPA and no JSON around it. The report divides the portal's latency by it.
 */
package ru.navyk.benchmark.sql;
