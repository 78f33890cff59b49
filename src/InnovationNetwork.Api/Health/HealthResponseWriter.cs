using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InnovationNetwork.Api.Health;

/// <summary>Writes a health report as JSON: the overall status and each check's status, description and figures.</summary>
internal static class HealthResponseWriter
{
    // Relaxed escaping, so a sentence reads as written ("store's", not "store\u0027s"); the body is JSON, never HTML.
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await using var json = new Utf8JsonWriter(context.Response.Body, Indented);
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            json.WriteString("description", entry.Description);
            if (entry.Data.Count > 0)
            {
                // Through an element: serializing straight into the writer would flush it, synchronously, into the response.
                json.WritePropertyName("data");
                JsonSerializer.SerializeToElement(entry.Data, Relaxed).WriteTo(json);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }
}
