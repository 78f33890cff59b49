using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using InnovationNetwork.Api.Tests.Infrastructure;

namespace InnovationNetwork.Api.Tests.Replication;

/// <summary>
/// The built service (InnovationNetwork.Api.dll, copied beside the tests) running as a process of its own, as an
/// operator would run it: <c>dotnet InnovationNetwork.Api.dll --urls … --Store:DataDirectory …</c>. It listens on a
/// port the system picks (read back from its "Now listening on" line, so no two tests race for one) and gets a
/// search index of its own, since a Lucene index has one writer.
/// </summary>
public sealed partial class ServiceProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServiceProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Everything the process wrote so far, stdout and stderr interleaved.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the service over <paramref name="dataDirectory"/> and returns once /health/ready answers 200.</summary>
    public static async Task<ServiceProcess> StartAsync(string name, string dataDirectory, params string[] settings)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var argument in (string[])[
                     Path.Combine(AppContext.BaseDirectory, "InnovationNetwork.Api.dll"),
                     "--urls", "http://127.0.0.1:0",
                     "--Store:DataDirectory", dataDirectory,
                     "--Search:IndexDirectory", Path.Combine(dataDirectory, $"index-{name}"),
                     "--Seed:Directory", Path.Combine(RepositoryRoot.Find(), "seed"),
                     .. settings])
        {
            start.ArgumentList.Add(argument);
        }

        var service = new ServiceProcess(name, new Process { StartInfo = start, EnableRaisingEvents = true });
        service._process.OutputDataReceived += (_, e) => service.Read(e.Data);
        service._process.ErrorDataReceived += (_, e) => service.Read(e.Data);
        service._process.Exited += (_, _) => service._listening.TrySetException(
            new InvalidOperationException($"Service {name} exited with code {service._process.ExitCode} before it listened:\n{service.Output}"));
        service._process.Start();
        service._process.BeginOutputReadLine();
        service._process.BeginErrorReadLine();

        try
        {
            var address = await service._listening.Task.WaitAsync(StartDeadline);
            service.Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
            await Eventually.HoldsAsync(async () => (await service.Client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK,
                StartDeadline, $"service {name} to be ready; its output so far:\n{service.Output}", TimeSpan.FromMilliseconds(100));
            return service;
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (Listening().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();
}
