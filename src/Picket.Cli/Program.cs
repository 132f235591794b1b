using System.CommandLine;
using Picket.Cli.Commands;

// Wiring only: each command lives in its own file under Commands/.
var root = new RootCommand("Picket: finds sanctions evasion at sea from AIS and sanctions lists.");
root.Subcommands.Add(DecodeCommand.Create());
root.Subcommands.Add(SampleCommand.Create());
return await root.Parse(args).InvokeAsync();
