using InnovationNetwork.Cli;
using InnovationNetwork.Cli.Output;

// innovation import|seed|generate|export|stats|print-schema — see docs/importing.md and `innovation --help`.
return await CliApp.RunAsync(args, CliConsole.ForProcess());
