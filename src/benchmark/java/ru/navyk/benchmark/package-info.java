/**
 * Navyk's benchmark harness (docs/performance.md): {@link ru.navyk.benchmark.BenchmarkRunner} generates a centre per
 * size ({@code data}), boots the built WAR on Payara Micro, drives it with Gatling ({@code gatling}), times the same
 * views as raw SQL ({@code sql}) and writes the report ({@code report}). Compiled only in the Maven profile
 * {@code benchmark}; nothing here reaches the WAR.
 */
package ru.navyk.benchmark;
