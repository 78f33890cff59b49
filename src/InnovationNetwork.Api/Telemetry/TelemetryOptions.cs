namespace InnovationNetwork.Api.Telemetry;

/// <summary>Where metrics go; bound from "Telemetry".</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>
    /// An OpenTelemetry collector's OTLP endpoint, e.g. http://localhost:4317 (gRPC) or http://localhost:4318
    /// with <see cref="OtlpProtocol"/> HttpProtobuf. Empty: nothing is exported (the instruments still exist,
    /// for dotnet-counters and tests). The standard OTEL_EXPORTER_OTLP_* variables refine it.
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Grpc (the default, port 4317) or HttpProtobuf (port 4318).</summary>
    public string OtlpProtocol { get; set; } = "Grpc";

    /// <summary>How often metrics are pushed to the collector.</summary>
    public TimeSpan ExportInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The service.name the metrics carry.</summary>
    public string ServiceName { get; set; } = "innovation-network";
}
