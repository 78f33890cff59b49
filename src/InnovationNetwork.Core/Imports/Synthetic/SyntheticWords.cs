namespace InnovationNetwork.Core.Imports.Synthetic;

/// <summary>Word lists for names: North East places and rivers, and everyday first names and surnames.</summary>
internal static class SyntheticWords
{
    public static readonly string[] Prefixes =
    [
        "Tyne", "Wear", "Tees", "Cheviot", "Hadrian", "Angel", "Bede", "Lindisfarne", "Consett", "Blyth", "Wansbeck", "Coquet",
        "Derwent", "Team Valley", "Quayside", "Ouseburn", "Kielder", "Northern", "Pennine", "Borealis", "Farne", "Alnwick",
        "Hexham", "Tanfield", "Sedgefield", "Aycliffe", "Washington", "Jarrow", "Wallsend", "Cramlington", "Seaham", "Redcar",
        "Stockton", "Yarm", "Hartlepool", "Gosforth", "Jesmond", "Heaton", "Byker", "Rothbury", "Bamburgh", "Tweed",
    ];

    public static readonly string[] BusinessSuffixes =
    [
        "Ltd", "Technologies Ltd", "Solutions Ltd", "Systems Ltd", "Engineering Ltd", "Labs Ltd", "Group plc", "Partners LLP",
        "Innovations Ltd", "Dynamics Ltd", "Analytics Ltd", "Services Ltd",
    ];

    public static readonly string[] ResearchSuffixes = ["Research Centre", "Institute", "Innovation Centre", "Technology Centre", "Catapult Centre"];

    public static readonly string[] PublicSuffixes = ["Council", "Development Agency", "Health Trust", "Enterprise Partnership", "Skills Board"];

    public static readonly string[] FirstNames =
    [
        "Amelia", "Olivia", "Isla", "Ava", "Mia", "Grace", "Sophie", "Emily", "Hannah", "Ruth", "Priya", "Aisha", "Fatima", "Mei",
        "Oliver", "George", "Harry", "Jack", "Noah", "Leo", "Arthur", "Thomas", "James", "Daniel", "Samuel", "Ravi", "Omar", "Wei",
        "Catherine", "Elizabeth", "Margaret", "Helen", "Peter", "Michael", "David", "Andrew", "Robert", "Paul", "Mark", "Stephen",
    ];

    public static readonly string[] Surnames =
    [
        "Smith", "Robson", "Armstrong", "Charlton", "Milburn", "Dodds", "Elliott", "Forster", "Hall", "Heron", "Lamb", "Nixon",
        "Ridley", "Shearer", "Stephenson", "Thompson", "Walton", "Young", "Patel", "Khan", "Chen", "Wong", "Singh", "Ahmed", "Brown",
        "Taylor", "Wilson", "Davies", "Evans", "Clark", "Wright", "Green", "Scott", "Bell", "Carr", "Dixon", "Fenwick", "Gibson",
    ];

    public static readonly string[] JobTitles =
    [
        "Managing Director", "Chief Technology Officer", "Head of Engineering", "Senior Engineer", "Research Fellow", "Professor",
        "Senior Lecturer", "Business Development Manager", "Innovation Manager", "Data Scientist", "Project Manager", "Technician",
    ];

    public static readonly string[] ProjectNouns =
    [
        "platform", "demonstrator", "toolkit", "testbed", "pilot", "network", "programme", "accelerator", "study", "prototype",
    ];

    public static string Title(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
