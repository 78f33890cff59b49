using System.Reflection;

namespace InnovationNetwork.Api.Hosting;

public static class ApplicationRunExtensions
{
    public const int CannotStartExitCode = 1;

    /// <summary>
    /// The host's builder, or null, having said why in one sentence, when the command line names a content root
    /// that is not a folder (ASP.NET Core throws before any logging exists).
    /// </summary>
    public static WebApplicationBuilder? CreateInnovationNetworkBuilder(string[] args)
    {
        try
        {
            return WebApplication.CreateBuilder(args);
        }
        catch (DirectoryNotFoundException e) when (OwnsTheProcess)
        {
            Console.Error.WriteLine($"The content root {e.Message} does not exist: give --contentRoot a folder that does, or leave it out.");
            return null;
        }
    }

    /// <summary>
    /// Runs the app until it stops, and returns 0; returns 1 when it cannot start. The host has then logged why
    /// ("Hosting failed to start"): one sentence for a <see cref="StartupFailedException"/>, the full exception
    /// for anything else. Either way the process ends with an exit code, not an unhandled-exception abort.
    /// A store that cannot be reached does not stop start-up (the service listens, not ready, and retries);
    /// if a retried load then finds what no retry can fix (a bad seed), the service stops and returns 1 too.
    /// </summary>
    public static async Task<int> RunInnovationNetworkAsync(this WebApplication app)
    {
        await using (app)
        {
            try
            {
                await app.StartAsync();
            }
            catch (Exception) when (OwnsTheProcess)
            {
                return CannotStartExitCode;
            }

            await app.WaitForShutdownAsync();
            return app.Services.GetRequiredService<GraphReadiness>().Fatal is null ? 0 : CannotStartExitCode;
        }
    }

    // Only the service's own process has an exit code to give. When something else ran Program's entry point
    // (WebApplicationFactory in the tests), the exception must reach it, as it would from app.Run().
    private static bool OwnsTheProcess => Assembly.GetEntryAssembly() == typeof(ApplicationRunExtensions).Assembly;
}
