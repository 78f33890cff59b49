using System.Globalization;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;

namespace InnovationNetwork.Core.Clusters;

/// <summary>Puts one cluster together: its core, the same specialism across the dataset (for the quotients), totals and notes.</summary>
internal static class ClusterBuilder
{
    public static ClusterStrength Build(ClusterVersion version, int spec, int place, ClusterPeriod period, ClusterRequest request, string homeRegionId)
    {
        var ix = version.Index;
        var currency = ix.CurrencyIndex(request.Currency);
        var within = version.Within(place);
        var core = ClusterCore.Compute(ix, spec, within?.Orgs, within?.Places, period, currency);
        var national = version.NationalFor(period, currency);
        var placeTotals = version.TotalsFor(place, period, currency);
        var allTotals = version.TotalsFor(-1, period, currency);
        var quotients = new LocationQuotients(
            new LocationQuotient(core.Members.Length, placeTotals.Organisations, ix.SpecOrgs.Count(spec), allTotals.Organisations),
            new LocationQuotient(core.Projects.Length, placeTotals.Projects, national.Projects[spec], allTotals.Projects),
            new LocationQuotient(core.Funding, placeTotals.Funding, national.Funding[spec], allTotals.Funding));
        var funding = Funding(ix, core, request.Currency);
        var placeNode = place < 0 ? null : ix.Places[place];
        var strength = new ClusterStrength(ix, core, period, version.Proximity, placeTotals, allTotals)
        {
            Specialism = ix.Specs[spec],
            Place = placeNode,
            From = request.From,
            To = request.To,
            Currency = request.Currency,
            Organisations = new ClusterOrganisations(core.Members.Length,
                Enum.GetValues<OrganisationKind>().Select(k => new KindCount(k, core.KindCounts[(int)k])).ToArray()),
            People = core.People,
            Employment = core.Employment,
            Projects = new ClusterProjects(core.Projects.Length, core.ActiveProjects, DateOnly.FromDayNumber(period.ActiveOn), core.Untagged),
            Funding = funding,
            LocationQuotient = quotients,
            TimeSeries = core.Years.Select(y => new ClusterYear(y.Year, y.Organisations, y.Started, y.Active, new Money(y.Funding, request.Currency))).ToArray(),
            Notes = ClusterNotes.For(ix, core, place, quotients, funding, homeRegionId, period.IsOpen ? "" : " in this period"),
        };
        return strength;
    }

    private static ClusterFunding Funding(ClusterIndex ix, ClusterCore core, string currency)
    {
        var byYear = core.FundingByYear.Select(kv => new YearAmount(kv.Key, new Money(kv.Value, currency))).ToList();
        if (core.FundingWithoutYear > 0)
        {
            byYear.Add(new YearAmount(null, new Money(core.FundingWithoutYear, currency)));
        }

        var byFunder = core.FundingByFunder
            .Select(kv => new FunderAmount(kv.Key < 0 ? null : ix.Orgs[kv.Key], new Money(decimal.Round(kv.Value, 2), currency)))
            .OrderByDescending(f => f.Amount.Amount).ThenBy(f => f.Funder?.Name, StringComparer.Ordinal)
            .ToArray();
        var other = core.OtherCurrencies
            .Select(kv => new Money(kv.Value, ix.Currencies[kv.Key]))
            .OrderBy(m => m.Currency, StringComparer.Ordinal)
            .ToArray();
        return new ClusterFunding(new Money(core.Funding, currency), byYear, byFunder, other);
    }
}

/// <summary>The caveats written beside the numbers, in words a LEP analyst can act on.</summary>
internal static class ClusterNotes
{
    public static IReadOnlyList<string> For(
        ClusterIndex ix, ClusterCore core, int place, LocationQuotients lq, ClusterFunding funding, string homeRegionId, string inPeriod)
    {
        var notes = new List<string>();
        var specName = ix.Specs[core.Spec].Name;
        var placeName = place < 0 ? null : ix.Places[place].Name;
        if (core.Members.Length == 0)
        {
            notes.Add(placeName is null
                ? $"No organisation specialises in {specName} or its sub-specialisms yet, so every count is zero and every ratio is null."
                : $"No organisation in {placeName} specialises in {specName} or its sub-specialisms, so every count is zero and every ratio is null.");
        }

        if (place >= 0 && ix.PlaceIndex.TryGetValue(homeRegionId, out var home) && !ix.PlaceSubtree(home)[place] && !ix.PlaceSubtree(place)[home])
        {
            notes.Add($"{placeName} is outside {ix.Places[home].Name}: the directory holds organisations there only as far as imports reached them "
                + "(for CORDIS, those in EU projects), so read its figures as that subset, not the whole local economy.");
        }

        if (place >= 0 && core.Members.Length is > 0 and < SmallCluster && lq.Organisations.Value is not null)
        {
            // One organisation more or fewer, in the place and so in the dataset too, with the totals held.
            var fewer = lq.Organisations with { InPlace = lq.Organisations.InPlace - 1, Specialism = lq.Organisations.Specialism - 1 };
            var more = lq.Organisations with { InPlace = lq.Organisations.InPlace + 1, Specialism = lq.Organisations.Specialism + 1 };
            notes.Add($"Only {core.Members.Length} organisation{(core.Members.Length == 1 ? "" : "s")} in {placeName}: one more or one fewer would move "
                + $"the location quotient by organisations from {Fixed(lq.Organisations.Value)} to between {Fixed(fewer.Value ?? 0)} and {Fixed(more.Value)}, so read it as a hint, not a finding.");
        }

        if (core.Untagged > 0)
        {
            notes.Add($"{core.Untagged} more project{(core.Untagged == 1 ? "" : "s")} of these organisations{inPeriod} name{(core.Untagged == 1 ? "s" : "")} no specialism, "
                + $"so {(core.Untagged == 1 ? "it is" : "they are")} counted for none; tagging {(core.Untagged == 1 ? "it" : "them")} (APPLIES_TO) would count {(core.Untagged == 1 ? "it" : "them")} here.");
        }

        var e = core.Employment;
        if (e.Organisations > 0 && e.ReportingEmployees < e.Organisations)
        {
            notes.Add($"{e.ReportingEmployees} of {e.Organisations} organisations reported employees ({Percent(e.Coverage)}); "
                + "employment and better jobs describe those organisations only.");
        }

        if (place >= 0 && lq.Organisations.PlaceTotal == 0)
        {
            notes.Add($"The location quotients are null: no organisation in {placeName} names a specialism, so there is no share to compare.");
        }
        else if (core.Members.Length > 0)
        {
            var where = placeName ?? "the dataset";
            var currency = funding.Total.Currency;
            NullQuotient(notes, "projects", lq.Projects, $"{where} has no projects{inPeriod}", $"{specName} has no projects{inPeriod}");
            NullQuotient(notes, "funding", lq.Funding, $"no {currency} funding is recorded for {where}{inPeriod}",
                $"{specName} has no {currency} funding across the dataset{inPeriod}");
        }

        foreach (var other in funding.OtherCurrencies)
        {
            notes.Add($"{other.Currency} {other.Amount.ToString("N0", CultureInfo.InvariantCulture)} of funding is left out of the {funding.Total.Currency} "
                + $"figures (amounts are never converted); ask with currency \"{other.Currency}\" to see it.");
        }

        return notes;
    }

    private static void NullQuotient(List<string> notes, string basis, LocationQuotient lq, string placeReason, string specialismReason)
    {
        if (lq.Value is null)
        {
            notes.Add($"The {basis} location quotient is null: {(lq.PlaceTotal == 0 ? placeReason : specialismReason)}, so there is no share to compare.");
        }
    }

    /// <summary>Below this many organisations in a place, a note says how fragile the location quotient is.</summary>
    public const int SmallCluster = 5;

    private static string Fixed(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "undefined";

    private static string Percent(double? share) => share is { } s ? s.ToString("P0", CultureInfo.InvariantCulture) : "none";
}
