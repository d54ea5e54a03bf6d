/**
 * The benchmark centre generator: a realistic contact centre of a given headcount, written straight into the schema
 * the portal's own Liquibase changelog creates, with JDBC batches. {@link ru.navyk.benchmark.data.CentrePlan} decides
 * who is who (deterministically from the seed); each {@link ru.navyk.benchmark.data.FeatureData} writes one feature's
 * tables from that plan with a random stream of its own, so adding a feature never changes the rows of the others.
 */
package ru.navyk.benchmark.data;
