/**
 * The load, in Gatling's Java DSL: {@link ru.navyk.benchmark.gatling.PortalSimulation} runs every
 * {@link ru.navyk.benchmark.gatling.BenchmarkScenario} of {@link ru.navyk.benchmark.gatling.Scenarios#ALL} one after
 * the other against the same server, the floor first. A scenario is one class; a feature that lands adds its class
 * to that list.
 */
package ru.navyk.benchmark.gatling;
