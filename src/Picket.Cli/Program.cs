using System.CommandLine;
using Picket.Cli.Commands;

// Wiring only: each command lives in its own file under Commands/.
var root = new RootCommand("Picket: finds sanctions evasion at sea from AIS and sanctions lists.");
root.Subcommands.Add(DemoCommand.Create());
root.Subcommands.Add(AnalyzeCommand.Create());
root.Subcommands.Add(DecodeCommand.Create());
root.Subcommands.Add(SampleCommand.Create());
root.Subcommands.Add(TracksCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(QueryCommand.Create());
root.Subcommands.Add(SimulateCommand.Create());
root.Subcommands.Add(EvaluateCommand.Create());
root.Subcommands.Add(DetectCommand.Create());
root.Subcommands.Add(ListsCommand.Create());
root.Subcommands.Add(ScreenCommand.Create());
root.Subcommands.Add(MatchCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(ReplayCommand.Create());
root.Subcommands.Add(WatchCommand.Create());
root.Subcommands.Add(ClusterCommand.Create());
return await CommandErrorBoundary.InvokeAsync(root, args);
