using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.Core.Challenges;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.People;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.Core.Specialisms;
using static InnovationNetwork.Core.Graph.ChangeErrorCodes;

namespace InnovationNetwork.Core.Graph;

/// <summary>The rules a single node must satisfy whoever writes it (seed, import or mutation).</summary>
public static class NodeRules
{
    public const int MinTrl = 1;
    public const int MaxTrl = 9;

    /// <summary>Field, code and message for each rule the node breaks; empty when it is valid.</summary>
    public static IEnumerable<(string Field, string Code, string Message)> Check(Node node)
    {
        if (string.IsNullOrWhiteSpace(node.Id) || NodeLabels.FromId(node.Id) != node.Label)
        {
            yield return ("id", Invalid, $"The id '{node.Id}' must start with '{NodeLabels.IdPrefix(node.Label)}-'.");
        }

        if (string.IsNullOrWhiteSpace(node.DisplayName))
        {
            yield return (node is Challenge or Project ? "title" : "name", Required, $"A {node.Label.ToString().ToLowerInvariant()} needs a name.");
        }

        foreach (var identifier in node.Identifiers)
        {
            if (string.IsNullOrWhiteSpace(identifier.Value))
            {
                yield return ("identifiers", Required, $"The {identifier.Scheme} identifier has no value.");
            }
        }

        var specific = node switch
        {
            Organisation o => CheckOrganisation(o),
            Person p => CheckContact(p.Email, "email"),
            Capability c => CheckTrlRange(c.TrlMin, c.TrlMax),
            Challenge c => CheckTrl(c.TrlSought, "trlSought").Concat(CheckMoney(c.Budget, "budget")),
            Project p => CheckProject(p),
            Specialism or Place => [],
            _ => [],
        };
        foreach (var error in specific)
        {
            yield return error;
        }
    }

    public static bool IsTrl(int value) => value is >= MinTrl and <= MaxTrl;

    private static IEnumerable<(string, string, string)> CheckOrganisation(Organisation o)
    {
        foreach (var error in CheckContact(o.Email, "email"))
        {
            yield return error;
        }

        if (o.Website is not null && !IsWebAddress(o.Website))
        {
            yield return ("website", Invalid, $"'{o.Website}' is not a web address; write it as https://example.org.");
        }

        if (o.Employment is { } e)
        {
            if (e.Employees < 0)
            {
                yield return ("employment.employees", OutOfRange, "Employees cannot be negative.");
            }

            if (e.BetterJobs is < 0 || e.BetterJobs > e.Employees)
            {
                yield return ("employment.betterJobs", OutOfRange, "Better jobs must be between 0 and the number of employees.");
            }

            if (e.Year is < 1900 or > 2200)
            {
                yield return ("employment.year", OutOfRange, $"{e.Year} is not a plausible year.");
            }
        }
    }

    private static IEnumerable<(string, string, string)> CheckProject(Project p)
    {
        if (p.StartDate is { } start && p.EndDate is { } end && end < start)
        {
            yield return ("endDate", OutOfRange, $"The end date {end:yyyy-MM-dd} is before the start date {start:yyyy-MM-dd}.");
        }

        foreach (var error in CheckMoney(p.TotalCost, "totalCost").Concat(CheckMoney(p.Funding, "funding")))
        {
            yield return error;
        }
    }

    private static IEnumerable<(string, string, string)> CheckTrlRange(int? min, int? max)
    {
        foreach (var error in CheckTrl(min, "trlMin").Concat(CheckTrl(max, "trlMax")))
        {
            yield return error;
        }

        if (min is { } lo && max is { } hi && IsTrl(lo) && IsTrl(hi) && lo > hi)
        {
            yield return ("trlMax", OutOfRange, $"The TRL range {lo}–{hi} is upside down; the lowest comes first.");
        }
    }

    private static IEnumerable<(string, string, string)> CheckTrl(int? trl, string field)
    {
        if (trl is { } value && !IsTrl(value))
        {
            yield return (field, OutOfRange, $"TRL {value} is outside the scale 1–9.");
        }
    }

    private static IEnumerable<(string, string, string)> CheckMoney(Money? money, string field)
    {
        if (money is null)
        {
            yield break;
        }

        if (money.Amount < 0)
        {
            yield return (field, OutOfRange, $"The amount {money.Amount} is negative.");
        }

        if (money.Currency.Length != 3 || !money.Currency.All(char.IsAsciiLetterUpper))
        {
            yield return (field, Invalid, $"'{money.Currency}' is not an ISO 4217 currency code such as GBP or EUR.");
        }
    }

    private static IEnumerable<(string, string, string)> CheckContact(string? email, string field)
    {
        if (email is not null && !IsEmail(email))
        {
            yield return (field, Invalid, $"'{email}' is not an email address.");
        }
    }

    public static bool IsEmail(string value)
    {
        var at = value.IndexOf('@');
        return at > 0 && at == value.LastIndexOf('@') && value.IndexOf('.', at) > at + 1
            && !value.EndsWith('.') && !value.Any(char.IsWhiteSpace);
    }

    public static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Contains('.');
}
