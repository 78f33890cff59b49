using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.Clusters;

/// <summary>
/// The graph as cluster analytics reads it, at one graph version: organisations, specialisms, projects,
/// people and places numbered densely, and every relationship the measures follow as compressed arrays
/// (offsets plus items). Built once per version (see <see cref="ClusterIndex.Build"/>) so that each cluster
/// is a walk over integer arrays instead of dictionary look-ups; immutable once built, shared by readers.
/// </summary>
internal sealed partial class ClusterIndex
{
    /// <summary>No date recorded.</summary>
    public const int NoDay = int.MinValue;

    public required long Version { get; init; }

    // Organisations, ordered by id so that everything derived from the order is the same on every run.
    public required Organisation[] Orgs { get; init; }
    public required Dictionary<string, int> OrgIndex { get; init; }

    /// <summary>Each organisation's specialisms with all their ancestors (its portfolio as clusters see it).</summary>
    public required Csr OrgSpecs { get; init; }

    /// <summary>Each organisation's own SPECIALISES_IN targets, without ancestors.</summary>
    public required Csr OrgTags { get; init; }

    /// <summary>Each organisation's projects; <see cref="PartAmount"/> and <see cref="PartCurrency"/> run parallel to its items.</summary>
    public required Csr OrgProjects { get; init; }

    /// <summary>The money attributed to each participation (see <see cref="ClusterIndex.Attribute"/>); 0 when none.</summary>
    public required decimal[] PartAmount { get; init; }

    /// <summary>The currency of each participation's amount, an index into <see cref="Currencies"/>; -1 when none.</summary>
    public required int[] PartCurrency { get; init; }

    public required Csr OrgPeople { get; init; }

    // Specialisms.
    public required Specialism[] Specs { get; init; }
    public required Dictionary<string, int> SpecIndex { get; init; }
    public required int[] SpecParent { get; init; }

    /// <summary>Organisations whose portfolio holds the specialism, i.e. that specialise in it or below it.</summary>
    public required Csr SpecOrgs { get; init; }

    /// <summary>People who specialise in the specialism or below it.</summary>
    public required Csr SpecPeople { get; init; }

    // Projects.
    public required Project[] Projects { get; init; }
    public required int[] ProjectStart { get; init; }
    public required int[] ProjectEnd { get; init; }

    /// <summary>Calendar years of <see cref="ProjectStart"/> and <see cref="ProjectEnd"/>; 0 when undated.</summary>
    public required int[] ProjectStartYear { get; init; }

    public required int[] ProjectEndYear { get; init; }

    /// <summary>The specialisms a project APPLIES_TO, with their ancestors; empty when it names none.</summary>
    public required Csr ProjectSpecs { get; init; }

    /// <summary>The organisations taking part in each project.</summary>
    public required Csr ProjectOrgs { get; init; }

    /// <summary>Funders of each project (FUNDED_BY); <see cref="FunderShare"/> runs parallel to its items.</summary>
    public required Csr ProjectFunders { get; init; }

    public required double[] FunderShare { get; init; }

    // People.
    public required int PersonCount { get; init; }

    /// <summary>Each person's own places and the places of the organisations they work at, by place index.</summary>
    public required Csr PersonPlaces { get; init; }

    // Places.
    public required Place[] Places { get; init; }
    public required Dictionary<string, int> PlaceIndex { get; init; }
    public required Csr PlaceChildren { get; init; }
    public required Csr PlaceOrgs { get; init; }

    public required string[] Currencies { get; init; }

    public int OrgCount => Orgs.Length;
    public int SpecCount => Specs.Length;
    public int ProjectCount => Projects.Length;

    public int CurrencyIndex(string currency) => Array.IndexOf(Currencies, currency);

    /// <summary>Marks the place and every place inside it.</summary>
    public bool[] PlaceSubtree(int place)
    {
        var inside = new bool[Places.Length];
        var stack = new Stack<int>([place]);
        while (stack.TryPop(out var p))
        {
            if (inside[p])
            {
                continue;
            }

            inside[p] = true;
            foreach (var child in PlaceChildren[p])
            {
                stack.Push(child);
            }
        }

        return inside;
    }

    /// <summary>Marks the organisations located in the place or anywhere inside it.</summary>
    public bool[] OrgsWithin(int place)
    {
        var inside = PlaceSubtree(place);
        var orgs = new bool[OrgCount];
        for (var p = 0; p < inside.Length; p++)
        {
            if (inside[p])
            {
                foreach (var o in PlaceOrgs[p])
                {
                    orgs[o] = true;
                }
            }
        }

        return orgs;
    }

    /// <summary>Marks the specialism, its ancestors and its descendants: the specialisms it is not "other" to.</summary>
    public bool[] Lineage(int spec)
    {
        var lineage = new bool[SpecCount];
        for (var s = 0; s < SpecCount; s++)
        {
            if (IsWithin(s, spec) || IsWithin(spec, s))
            {
                lineage[s] = true;
            }
        }

        return lineage;
    }

    /// <summary>True when <paramref name="spec"/> is <paramref name="ancestor"/> or lies below it.</summary>
    public bool IsWithin(int spec, int ancestor)
    {
        for (int s = spec, steps = 0; s >= 0 && steps <= SpecCount; s = SpecParent[s], steps++)
        {
            if (s == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
