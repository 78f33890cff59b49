using InnovationNetwork.Api.Tests.Auth;
using InnovationNetwork.Api.Tests.Infrastructure;

namespace InnovationNetwork.Api.Tests.Replication;

/// <summary>
/// Two service processes on one SQLite file, for the tests of one class: A starts on an empty data directory and
/// writes the seed; B starts once A is ready and finds the store already seeded. Both trust tokens signed with the
/// tests' key (so mutations can be sent as staff), and their rate limits are out of the way of the tests' polling.
/// </summary>
public sealed class TwoServiceProcesses : IAsyncLifetime
{
    private static readonly string[] Settings = ["--Auth:SigningKeys:0", Tokens.TestKey, "--Limits:RateLimitPermits", "1000000"];

    public string DataDirectory { get; } = ApiFactory.NewDataDirectory();

    public ServiceProcess A { get; private set; } = null!;

    public ServiceProcess B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        A = await ServiceProcess.StartAsync("a", DataDirectory, Settings);
        B = await ServiceProcess.StartAsync("b", DataDirectory, Settings);
    }

    public async Task DisposeAsync()
    {
        if (A is not null)
        {
            await A.DisposeAsync();
        }

        if (B is not null)
        {
            await B.DisposeAsync();
        }

        ApiFactory.TryDelete(DataDirectory);
    }
}
