package se.socialorg.advisor.cli;

import java.io.PrintStream;
import java.util.List;

/** A headless command of {@code Main}: {@code evaluate}, {@code import-survey}, {@code report}. */
public interface Command {

  /** Exit code for success. */
  int OK = 0;

  /** Exit code for a usage error or bad input file. */
  int BAD_INPUT = 2;

  /**
   * Runs the command.
   *
   * @param args the arguments after the command name
   * @param out standard output
   * @param err standard error
   * @return the process exit code
   */
  int run(List<String> args, PrintStream out, PrintStream err);
}
