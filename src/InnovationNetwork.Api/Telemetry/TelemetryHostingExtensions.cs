using GraphQL.DI;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace InnovationNetwork.Api.Telemetry;

public static class TelemetryHostingExtensions
{
    /// <summary>
    /// Registers the service's instruments (<see cref="InnovationNetworkMetrics"/>: GraphQL and store durations,
    /// change-log lag, graph and index size) and, only when Telemetry:OtlpEndpoint is set, OpenTelemetry's
    /// metrics pipeline exporting them by OTLP together with ASP.NET Core's and the runtime's.
    /// </summary>
    public static IHostApplicationBuilder AddInnovationNetworkTelemetry(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(TelemetryOptions.Section);
        builder.Services.AddOptions<TelemetryOptions>()
            .Bind(section)
            .Validate(o => Endpoint(o) is not null || string.IsNullOrWhiteSpace(o.OtlpEndpoint),
                "Telemetry:OtlpEndpoint is not an http(s) address; give the collector's, such as http://localhost:4317, or leave it empty.")
            .Validate(o => Protocol(o) is not null,
                "Telemetry:OtlpProtocol must be Grpc or HttpProtobuf.")
            .Validate(o => o.ExportInterval > TimeSpan.Zero,
                "Telemetry:ExportInterval must be a positive time such as 00:00:15.")
            .ValidateOnStart();
        builder.Services.AddSingleton<InnovationNetworkMetrics>();
        builder.Services.AddSingleton<IConfigureExecution, GraphQLExecutionMetrics>();

        var options = section.Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (Endpoint(options) is { } endpoint && Protocol(options) is { } protocol && options.ExportInterval > TimeSpan.Zero)
        {
            builder.Services.AddOpenTelemetry()
                .ConfigureResource(resource => resource.AddService(options.ServiceName))
                .WithMetrics(metrics => metrics
                    .AddMeter(InnovationNetworkMetrics.MeterName)
                    .AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddOtlpExporter((exporter, reader) =>
                    {
                        exporter.Endpoint = endpoint;
                        exporter.Protocol = protocol;
                        reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)options.ExportInterval.TotalMilliseconds;
                    }));
        }

        return builder;
    }

    private static Uri? Endpoint(TelemetryOptions options) =>
        Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;

    private static OtlpExportProtocol? Protocol(TelemetryOptions options) =>
        Enum.TryParse<OtlpExportProtocol>(options.OtlpProtocol, ignoreCase: true, out var protocol) ? protocol : null;
}
