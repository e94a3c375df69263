package se.socialorg.advisor;

import java.time.Clock;
import se.socialorg.advisor.cli.Commands;
import se.socialorg.advisor.cli.EvaluateCommand;
import se.socialorg.advisor.cli.FollowUpCommand;
import se.socialorg.advisor.cli.ImportFiguresCommand;
import se.socialorg.advisor.cli.ImportSurveyCommand;
import se.socialorg.advisor.cli.ReportCommand;
import se.socialorg.advisor.engine.DecisionEngine;
import se.socialorg.advisor.present.report.ReportFigures;
import se.socialorg.advisor.store.scenario.ScenarioFiles;
import se.socialorg.advisor.ui.charts.FigurePainter;

/**
 * The headless commands, wired with plain constructors. Each is built only when it runs: a window
 * start must not pay for Jackson and the engine before JavaFX starts (issue 8), and it does not
 * load this class at all (issue 21).
 */
final class HeadlessCommands {

  private HeadlessCommands() {}

  static Commands all() {
    return new Commands()
        .register("evaluate", (args, out, err) ->
            new EvaluateCommand(new ScenarioFiles()::read, new DecisionEngine())
                .run(args, out, err))
        .register("import-survey", (args, out, err) ->
            new ImportSurveyCommand().run(args, out, err))
        .register("import-figures", (args, out, err) ->
            new ImportFiguresCommand(Clock.systemDefaultZone()).run(args, out, err))
        .register("report", (args, out, err) ->
            new ReportCommand(new ScenarioFiles()::read, new DecisionEngine(),
                new ReportFigures(), FigurePainter.withoutWindow())
                .run(args, out, err))
        .register("followup", (args, out, err) ->
            new FollowUpCommand(new ScenarioFiles()::read, new DecisionEngine(), Clock.systemUTC())
                .run(args, out, err));
  }
}
