package ru.navyk.benchmark.data;

import java.sql.SQLException;

/**
 * One feature's share of a generated centre: the rows of the tables that feature owns, derived from the
 * {@link CentrePlan}. Each runs with a random stream of its own ({@link Generation#random(String)}), so a feature
 * added later leaves every other feature's rows as they were. Register a new one in
 * {@link CentreGenerator#FEATURES}, after the features whose rows it points at.
 */
public interface FeatureData {

    /** Short name for the log and the random stream. */
    String name();

    /** Writes this feature's rows; counts them with {@link Generation#counted}. */
    void write(Generation generation) throws SQLException;
}
