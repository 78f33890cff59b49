using Spectre.Console;

namespace InnovationNetwork.Cli.Output;

/// <summary>
/// Where the tool writes. <see cref="Rich"/> (a terminal, not CI) gets progress bars and colour; otherwise
/// everything is plain text, one line per event, so logs and pipes stay readable.
/// </summary>
internal sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, bool rich)
    {
        Out = output;
        Error = error;
        Rich = rich;
        Ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = rich ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = rich ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = rich ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!rich)
        {
            Ansi.Profile.Width = 120;
        }
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public IAnsiConsole Ansi { get; }

    public bool Rich { get; }

    /// <summary>Plain output unless standard output is a terminal and CI is not set.</summary>
    public static CliConsole ForProcess()
    {
        var ci = Environment.GetEnvironmentVariable("CI");
        var rich = !Console.IsOutputRedirected && (string.IsNullOrEmpty(ci) || ci is "false" or "0");
        return new CliConsole(Console.Out, Console.Error, rich);
    }

    /// <summary>One line of plain text (never wrapped or marked up).</summary>
    public void Line(string text) => Out.WriteLine(text);

    /// <summary>The one sentence that says why a command failed, on standard error.</summary>
    public void Fail(string sentence) => Error.WriteLine(sentence);
}
