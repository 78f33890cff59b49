using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Clusters;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Places;
using static InnovationNetwork.Core.Organisations.OrganisationKind;
using static InnovationNetwork.Core.Tests.Clusters.ClusterGraph;

namespace InnovationNetwork.Core.Tests.Clusters;

/// <summary>
/// The graph most cluster tests work their numbers out on by hand. Read this first; the tests quote it.
/// <code>
/// Places     UK › North East (place-E12000001) › Northumberland, Newcastle;  UK › London;  UK › North West (empty)
/// Specialisms Energy › Offshore wind › Offshore robotics;  Health;  Digital;  Space (no organisations)
///
/// org   name               kind      place           specialises in          employees / better jobs (year)
/// a     Alpha University   UNIV      Newcastle       offshore wind, health   1000 / 700 (2023)
/// b     Bravo Robotics     BUSINESS  Northumberland  offshore robotics         50 /  20 (2023)
/// c     Charlie Wind       BUSINESS  Newcastle       offshore wind             10 / —   (2022)
/// d     Delta Health       BUSINESS  Newcastle       health                   —
/// e     Echo Offshore      BUSINESS  London          offshore wind, digital   200 / 100 (2024)
/// f     Foxtrot Labs       RESEARCH  London          digital                  —
/// g     Golf Fabrication   BUSINESS  Northumberland  (none)                   —
/// h     Hotel Fund         FUNDER    —               (none)                   —
///
/// project  dates                    applies to         funding    funder  participants (recorded contribution)
/// p1       2018-01-01 – 2020-12-31  offshore robotics  EUR 200    h       a (EUR 100), b (EUR 50), e (EUR 30)
/// p2       2019-06-01 – 2022-05-31  health             —          —       a (EUR 80), d (EUR 40), f (EUR 60)
/// p3       2021-01-01 – 2024-12-31  offshore wind      GBP 90     —       b, c            → GBP 45 each, by equal share
/// p4       2022-03-01 – 2025-02-28  digital            —          —       c (EUR 10), f (EUR 20), g (EUR 5)
/// p5       (no dates)               offshore wind      EUR 60     —       a, e            → EUR 30 each, by equal share
/// p6       2020-01-01 – 2020-12-31  (nothing)          EUR 40     —       a, d            → counts for no specialism
///
/// people   1 works at a;  2 works at b and specialises in offshore wind;  3 specialises in offshore robotics,
///          located in Northumberland;  4 specialises in offshore wind, located in London;  5 works at d
/// </code>
/// </summary>
internal static class MiniNorthEast
{
    public const string NorthEast = "place-E12000001";
    public const string Northumberland = "place-northumberland";
    public const string Newcastle = "place-newcastle";
    public const string London = "place-E12000007";
    public const string NorthWest = "place-E12000002";
    public const string Energy = "spec-energy";
    public const string OffshoreWind = "spec-offshore-wind";
    public const string OffshoreRobotics = "spec-offshore-robotics";
    public const string Health = "spec-health";
    public const string Digital = "spec-digital";
    public const string Space = "spec-space";

    /// <summary>"Today" for every test: 2022-01-01, so p3 (2021–2024) is the only active cluster project.</summary>
    public static readonly DateOnly Today = new(2022, 1, 1);

    public static readonly Viewer Staff = new(ViewerRole.Staff);

    public static ClusterGraph Build() => new ClusterGraph()
        .Place("place-uk", "United Kingdom", PlaceLevel.COUNTRY)
        .Place(NorthEast, "North East", PlaceLevel.REGION, "place-uk")
        .Place(Northumberland, "Northumberland", PlaceLevel.LOCAL_AUTHORITY, NorthEast)
        .Place(Newcastle, "Newcastle upon Tyne", PlaceLevel.LOCAL_AUTHORITY, NorthEast)
        .Place(London, "London", PlaceLevel.REGION, "place-uk")
        .Place(NorthWest, "North West", PlaceLevel.REGION, "place-uk")
        .Specialism(Energy, "Energy")
        .Specialism(OffshoreWind, "Offshore wind", Energy)
        .Specialism(OffshoreRobotics, "Offshore robotics", OffshoreWind)
        .Specialism(Health, "Health")
        .Specialism(Digital, "Digital")
        .Specialism(Space, "Space")
        .Organisation("org-a", "Alpha University", UNIVERSITY, Newcastle, [OffshoreWind, Health], new Employment(1000, 700, 2023, "test"))
        .Organisation("org-b", "Bravo Robotics", BUSINESS, Northumberland, [OffshoreRobotics], new Employment(50, 20, 2023, "test"))
        .Organisation("org-c", "Charlie Wind", BUSINESS, Newcastle, [OffshoreWind], new Employment(10, null, 2022, "test"))
        .Organisation("org-d", "Delta Health", BUSINESS, Newcastle, [Health])
        .Organisation("org-e", "Echo Offshore", BUSINESS, London, [OffshoreWind, Digital], new Employment(200, 100, 2024, "test"))
        .Organisation("org-f", "Foxtrot Labs", RESEARCH_ORGANISATION, London, [Digital])
        .Organisation("org-g", "Golf Fabrication", BUSINESS, Northumberland, [])
        .Organisation("org-h", "Hotel Fund", FUNDER, null, [])
        .Project("project-1", "2018-01-01", "2020-12-31", OffshoreRobotics, Eur(200), "org-h", "org-a=100 EUR", "org-b=50 EUR", "org-e=30 EUR")
        .Project("project-2", "2019-06-01", "2022-05-31", Health, null, null, "org-a=80 EUR", "org-d=40 EUR", "org-f=60 EUR")
        .Project("project-3", "2021-01-01", "2024-12-31", OffshoreWind, Gbp(90), null, "org-b", "org-c")
        .Project("project-4", "2022-03-01", "2025-02-28", Digital, null, null, "org-c=10 EUR", "org-f=20 EUR", "org-g=5 EUR")
        .Project("project-5", null, null, OffshoreWind, Eur(60), null, "org-a", "org-e")
        .Project("project-6", "2020-01-01", "2020-12-31", null, Eur(40), null, "org-a", "org-d")
        .Person("person-1", worksAt: "org-a")
        .Person("person-2", worksAt: "org-b", specialism: OffshoreWind)
        .Person("person-3", specialism: OffshoreRobotics, place: Northumberland)
        .Person("person-4", specialism: OffshoreWind, place: London)
        .Person("person-5", worksAt: "org-d")
        .Apply();

    public static ClusterService Service(ClusterGraph graph) => new(graph.Graph);

    public static ClusterStrength Strength(string specialism, string? place = NorthEast, DateOnly? from = null, DateOnly? to = null, string currency = "EUR") =>
        Service(Build()).Strength(Staff, new ClusterRequest(specialism, place, from, to, to is null ? Today : null, currency));
}
