using System.CommandLine;
using System.Globalization;
using Picket.Simulation.Evaluation;

using Picket.Analysis;

namespace Picket.Cli.Commands;

/// <summary>
/// <c>picket evaluate TRUTH EVENTS [--slack-minutes 60] [--types a,b] [--min-recall R] [--min-precision P]</c>:
/// prints recall, precision and the unmatched events per type. Exit codes: 0 when every scored type meets the
/// thresholds; <see cref="ExitCodes.CheckFailed"/> (6) when one does not; 2 usage; 3 an input file cannot be read.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var truth = new Argument<string>("TRUTH") { Description = "truth.jsonl written by 'picket simulate'" }.RefuseOptionLike();
        var events = new Argument<string>("EVENTS") { Description = "events.jsonl written by the detectors" }.RefuseOptionLike();
        var slack = new Option<double>("--slack-minutes") { Description = "Time slack when matching spans", DefaultValueFactory = _ => Evaluator.DefaultSlack.TotalMinutes };
        var types = new Option<string?>("--types") { Description = "Score only these event types, comma-separated" };
        var minRecall = new Option<double>("--min-recall") { Description = "Exit 6 if a type with truth has lower recall", DefaultValueFactory = _ => 0 };
        var minPrecision = new Option<double>("--min-precision") { Description = "Exit 6 if a type with detections has lower precision", DefaultValueFactory = _ => 0 };
        var maxUnmatched = new Option<int>("--max-unmatched") { Description = "List at most this many unmatched events per type", DefaultValueFactory = _ => 20 };
        var command = new Command("evaluate", "Score detected events against a simulation's truth: recall, precision and unmatched items per event type.")
        {
            truth, events, slack, types, minRecall, minPrecision, maxUnmatched,
        };
        command.SetAction(parse =>
        {
            double slackMinutes = parse.GetValue(slack);
            double r = parse.GetValue(minRecall), p = parse.GetValue(minPrecision);
            if (slackMinutes < 0 || r is < 0 or > 1 || p is < 0 or > 1)
            {
                Console.Error.WriteLine("picket evaluate: --slack-minutes must be ≥ 0 and --min-recall/--min-precision between 0 and 1");
                return ExitCodes.Usage;
            }
            EventFileReader.Result t, d;
            string truthPath = parse.GetValue(truth)!, eventsPath = parse.GetValue(events)!;
            try
            {
                t = EventFileReader.Read(truthPath);
                d = EventFileReader.Read(eventsPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"picket evaluate: cannot read input: {e.Message}");
                return ExitCodes.InputError;
            }
            if (t.BadLines > 0) Console.Error.WriteLine($"picket evaluate: {truthPath}: {t.BadLines} bad lines skipped (first: {Reporting.DisplayText.Printable(t.FirstProblem)})");
            if (d.BadLines > 0) Console.Error.WriteLine($"picket evaluate: {eventsPath}: {d.BadLines} bad lines skipped (first: {Reporting.DisplayText.Printable(d.FirstProblem)})");
            var wanted = parse.GetValue(types)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var result = Evaluator.Evaluate(t.Events, d.Events, TimeSpan.FromMinutes(slackMinutes), wanted);
            Console.Out.Write(EvaluationTable.Format(result, parse.GetValue(maxUnmatched)));
            var failing = result.Below(r, p);
            foreach (var f in failing)
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"picket evaluate: {f.Type}: recall {EvaluationTable.Ratio(f.Recall)}, precision {EvaluationTable.Ratio(f.Precision)} (required {r:0.###} / {p:0.###})"));
            return failing.Count > 0 ? ExitCodes.CheckFailed : ExitCodes.Ok;
        });
        return command;
    }
}
