package se.socialorg.advisor.store.db;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done with a connection of the {@link Database}.
 *
 * @param <T> the result
 */
@FunctionalInterface
public interface SqlWork<T> {
  T apply(Connection connection) throws SQLException;
}
