using InnovationNetwork.Api.Tests.Infrastructure;

namespace InnovationNetwork.Api.Tests.Replication;

/// <summary>
/// Two service processes on one SQLite file, for the tests of one class: A starts on an empty data directory and
/// writes the seed; B starts once A is ready and finds the store already seeded.
/// </summary>
public sealed class TwoServiceProcesses : IAsyncLifetime
{
    public string DataDirectory { get; } = ApiFactory.NewDataDirectory();

    public ServiceProcess A { get; private set; } = null!;

    public ServiceProcess B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        A = await ServiceProcess.StartAsync("a", DataDirectory);
        B = await ServiceProcess.StartAsync("b", DataDirectory);
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
