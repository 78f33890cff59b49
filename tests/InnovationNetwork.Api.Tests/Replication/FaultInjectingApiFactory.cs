using InnovationNetwork.Api.Tests.Auth;
using InnovationNetwork.Api.Tests.Infrastructure;
using InnovationNetwork.Core.Ports;
using InnovationNetwork.Storage.Sqlite;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InnovationNetwork.Api.Tests.Replication;

/// <summary>
/// The real app over the real SQLite file and seed, with the store behind a <see cref="FaultInjectingGraphStore"/>
/// the test switches off and on, and the change log followed every 100 ms so recoveries are quick to see.
/// Specialisms are not inferred, so no write happens but the test's own; tokens signed with the tests' key are trusted.
/// </summary>
public sealed class FaultInjectingApiFactory : ApiFactory
{
    public FaultInjectingApiFactory()
    {
        Faults = new FaultInjectingGraphStore(new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = DataDirectory }));
        Settings["Replication:PollInterval"] = "00:00:00.1";
        Settings["Replication:RetryDelay"] = "00:00:00.1";
        Settings["Replication:MaxRetryDelay"] = "00:00:00.2";
        Settings["Search:InferSpecialisms"] = "false";
        Settings["Auth:SigningKeys:0"] = Tokens.TestKey;
        Settings["Limits:RateLimitPermits"] = "100000";
    }

    /// <summary>The store the app uses; set <see cref="FaultInjectingGraphStore.Unreachable"/> to lose it.</summary>
    public FaultInjectingGraphStore Faults { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IGraphStore>();
            services.AddSingleton<IGraphStore>(Faults);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Faults.DisposeAsync();
    }
}
