package ru.navyk.benchmark.gatling;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.List;

/**
 * All of {@link Scenarios#ALL} against one running portal, one scenario after the other (Gatling's {@code andThen}),
 * so the floor and the portal's views are measured by the same run of the same server. Each scenario: its users at
 * once, each fed a different caller, each sending {@link ScenarioContext#requests()} iterations back to back. Each
 * iteration is one Gatling group named after the scenario: its statistics are those of one user action (the sum of
 * its requests' response times), its requests are reported one by one beside it.
 */
public class PortalSimulation extends Simulation {

    private final ScenarioContext context = ScenarioContext.fromSystemProperties();

    {
        HttpProtocolBuilder protocol = http.baseUrl(context.baseUrl()).acceptHeader("application/json")
                .acceptLanguageHeader("ru").userAgentHeader("navyk-benchmark");
        List<BenchmarkScenario> scenarios = Scenarios.ALL.stream().filter(s -> s.runsAt(context.size()))
                .filter(context::selected).toList();
        PopulationBuilder chain = null;
        for (int i = scenarios.size() - 1; i >= 0; i--) {
            PopulationBuilder population = population(scenarios.get(i));
            chain = chain == null ? population : population.andThen(chain);
        }
        setUp(chain).protocols(protocol);
    }

    private PopulationBuilder population(BenchmarkScenario benchmark) {
        String name = benchmark.name();
        ScenarioBuilder scenario = scenario(name);
        if (benchmark.callers() != Callers.Kind.NONE) {
            scenario = scenario.feed(listFeeder(Callers.read(context.usersDir(), benchmark.callers())).circular());
        }
        return scenario
                .exec(session -> ScenarioTimings.started(name, session))
                .exec(repeat(benchmark.iterations(context.requests())).on(group(name).on(benchmark.iteration(context))))
                .exec(session -> ScenarioTimings.ended(name, session))
                .injectOpen(atOnceUsers(benchmark.users()));
    }

    @Override
    public void after() {
        ScenarioTimings.write(context.timings());
    }
}
