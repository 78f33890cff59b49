namespace InnovationNetwork.Core.Imports.Tagging;

/// <summary>
/// Finds which of many phrases occur in a text, as whole words, in one pass over the text: words are
/// runs of letters and digits, compared in lower case with a plural 's' dropped ("Wind Turbines" matches
/// "wind turbine"). Each word is looked up without allocating, so tagging all of CORDIS's 25 MB of
/// objectives takes a fraction of a second.
/// </summary>
public sealed class PhraseMatcher
{
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<int[]> _phrases = [];
    private readonly Dictionary<int, List<int>> _byFirstWord = [];

    public PhraseMatcher() => _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _phrases.Count;

    /// <summary>Adds a phrase and returns its number (0, 1, 2 … in order of adding).</summary>
    public int Add(string phrase)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phrase);
        var words = new List<int>();
        Tokenise(phrase, span =>
        {
            if (!_lookup.TryGetValue(span, out var id))
            {
                id = _words.Count;
                _words[span.ToString()] = id;
            }

            words.Add(id);
        });
        if (words.Count == 0)
        {
            throw new ArgumentException($"The phrase '{phrase}' has no letters or digits.", nameof(phrase));
        }

        var number = _phrases.Count;
        _phrases.Add([.. words]);
        if (!_byFirstWord.TryGetValue(words[0], out var list))
        {
            _byFirstWord[words[0]] = list = [];
        }

        list.Add(number);
        return number;
    }

    /// <summary>Adds the numbers of the phrases found in <paramref name="text"/> to <paramref name="found"/>.</summary>
    public void Match(string? text, ISet<int> found)
    {
        ArgumentNullException.ThrowIfNull(found);
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var words = new List<int>(text.Length / 6);
        Tokenise(text, span => words.Add(_lookup.TryGetValue(span, out var id) ? id : -1));
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] < 0 || !_byFirstWord.TryGetValue(words[i], out var candidates))
            {
                continue;
            }

            foreach (var number in candidates)
            {
                var phrase = _phrases[number];
                if (i + phrase.Length > words.Count)
                {
                    continue;
                }

                var matches = true;
                for (var k = 1; k < phrase.Length && matches; k++)
                {
                    matches = words[i + k] == phrase[k];
                }

                if (matches)
                {
                    found.Add(number);
                }
            }
        }
    }

    private delegate void WordAction(ReadOnlySpan<char> word);

    private static void Tokenise(string text, WordAction onWord)
    {
        Span<char> buffer = stackalloc char[64];
        var length = 0;
        var overflow = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                if (length < buffer.Length)
                {
                    buffer[length++] = char.ToLowerInvariant(c);
                }
                else
                {
                    overflow = true;
                }

                continue;
            }

            if (length > 0 && !overflow)
            {
                onWord(Singular(buffer[..length]));
            }

            length = 0;
            overflow = false;
        }
    }

    // "turbines" → "turbine", but not "process", "virus", "analysis", "gas".
    private static ReadOnlySpan<char> Singular(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i') ? word[..^1] : word;
}
