using System.CommandLine;

namespace InnovationNetwork.Cli.Commands;

/// <summary>
/// <c>issue-token --role member --organisation ID</c> or <c>--role staff</c>: prints a JWT the API accepts, signed
/// with the first of the API's Auth:SigningKeys. For local development and tests; a LEP's identity provider issues
/// the real ones. The key, audience and issuer are read as the API reads them (its appsettings.json and
/// appsettings.{environment}.json, then Auth__… environment variables), unless given here.
/// </summary>
internal static class IssueTokenCommand
{
    private static readonly Option<string> Role = new("--role")
    {
        Description = "member (bound to one organisation: edits its records, sees contact details) or staff (everything).",
        Required = true,
    };

    private static readonly Option<string?> Organisation = new("--organisation")
    {
        Description = "The member's organisation id, e.g. org-newcastle-university; required for members.",
    };

    private static readonly Option<string?> Subject = new("--subject")
    {
        Description = "Who the token is for (the sub claim); the change log records changes as user:<subject>. Default: dev-<role>.",
    };

    private static readonly Option<double> Hours = new("--hours")
    {
        Description = "How long the token lasts, in hours (at most 720).",
        DefaultValueFactory = _ => 8,
    };

    private static readonly Option<string?> Key = new("--key")
    {
        Description = "The signing key (at least 32 characters); default: the API's Auth:SigningKeys:0.",
    };

    private static readonly Option<string?> Settings = new("--settings")
    {
        Description = "The API's settings folder (holding appsettings.json); default: src/InnovationNetwork.Api found above the working directory.",
    };

    public static Command Create(CliContext context)
    {
        var command = new Command("issue-token", "Print a signed JWT for local use: --role member --organisation <id>, or --role staff.")
        {
            Role,
            Organisation,
            Subject,
            Hours,
            Key,
            Settings,
        };
        command.SetAction(parse => CommandRunner.RunAsync(context.Console, () =>
        {
            var settings = IssueTokenSettings.Read(parse.GetValue(Settings), parse.GetValue(Key));
            var request = IssueTokenRequest.From(parse.GetValue(Role)!, parse.GetValue(Organisation), parse.GetValue(Subject), parse.GetValue(Hours));
            context.Console.Line(IssueTokenWriter.Write(request, settings, context.Clock.GetUtcNow()));
            return Task.FromResult(CliExitCodes.Ok);
        }).GetAwaiter().GetResult());
        return command;
    }
}
