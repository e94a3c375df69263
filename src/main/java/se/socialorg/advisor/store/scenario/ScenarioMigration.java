package se.socialorg.advisor.store.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One step that lifts a scenario file tree from {@link #fromVersion()} to the next version. */
interface ScenarioMigration {

  /** The version this step reads; it produces {@code fromVersion() + 1}. */
  int fromVersion();

  /**
   * Rewrites the tree in place. Must not throw on unexpected shapes: it leaves what it does not
   * recognise alone, and the structure check that follows reports it.
   */
  void apply(ObjectNode root);
}
