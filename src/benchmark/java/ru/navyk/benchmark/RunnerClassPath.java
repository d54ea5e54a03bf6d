package ru.navyk.benchmark;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes the benchmark runner's class path as a java {@code @argument} file, at build time (the default build's
 * {@code benchmark-class-path} step): the harness's classes and resources, the portal's classes and runtime
 * libraries, and Gatling, none of which is on the tests' class path. {@code BenchmarkSmokeIT} and the profile
 * {@code benchmark} start the runner with it: {@code java @target/benchmark-runner.args BenchmarkRunner}.
 */
public final class RunnerClassPath {

    private RunnerClassPath() {
    }

    /** Arguments: the file to write, then the class path's parts (each may itself be a path list). */
    public static void main(String[] args) throws IOException {
        String classPath = String.join(File.pathSeparator, Arrays.asList(args).subList(1, args.length));
        Files.writeString(Path.of(args[0]), "-cp\n\"" + classPath.replace("\\", "\\\\") + "\"\n",
                StandardCharsets.UTF_8);
    }
}
