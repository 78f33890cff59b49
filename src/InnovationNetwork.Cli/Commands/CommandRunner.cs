using InnovationNetwork.Cli.Output;
using InnovationNetwork.Core.Imports;
using InnovationNetwork.Core.Ports;
using InnovationNetwork.Core.Seed;

namespace InnovationNetwork.Cli.Commands;

/// <summary>
/// Runs a command's body and turns the failures an operator can act on into one sentence on standard
/// error and a non-zero exit code; anything else is a bug and keeps its stack trace.
/// </summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(CliConsole console, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (ImportFileException e)
        {
            console.Fail($"Cannot import {e.Message}");
        }
        catch (ImportStoppedException e)
        {
            console.Fail(e.Message);
        }
        catch (ImportWriteException e)
        {
            console.Fail(e.Message);
        }
        catch (StoreUnavailableException e)
        {
            console.Fail(e.Message);
        }
        catch (SeedFileException e)
        {
            console.Fail(e.Message);
        }
        catch (DirectoryNotFoundException e)
        {
            console.Fail($"{e.Message} Pass --seed-dir to say where the seed folder is.");
        }
        catch (CliUsageException e)
        {
            console.Fail(e.Message);
        }
        catch (OperationCanceledException)
        {
            console.Fail("Stopped. The batches written so far are kept; run the same command again to complete it.");
            return CliExitCodes.Cancelled;
        }

        return CliExitCodes.Failed;
    }
}
