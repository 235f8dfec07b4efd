using System.Collections.Frozen;
using StoryBank.Core.Stories;

namespace StoryBank.Core.Import;

/// <summary>
/// Recognises STAR labels at the start of a line in the many ways people write them:
/// <c>**Situation:** …</c>, <c>**Result**: …</c>, <c>SITUATION :</c>, <c>Task - …</c>, <c>S: …</c>, <c>📍 Situation:</c>.
/// </summary>
internal static class StarLabels
{
    private static readonly FrozenDictionary<string, (LabelKind Kind, StorySection Section)> Words = BuildWords();

    private static readonly FrozenDictionary<string, (LabelKind Kind, StorySection Section)>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest label word: text with more letters than this before its first stop is not a label.</summary>
    private static readonly int LongestWord = Words.Keys.Max(k => k.Length);

    /// <summary>The label at the start of <paramref name="line"/>, or null.</summary>
    /// <param name="line">A line of notes, list marker already removed.</param>
    /// <param name="bare">Whether a label with no colon or emphasis counts (a heading, or a line that is only the label).</param>
    public static LabelMatch? Match(string line, bool bare = false)
    {
        var i = 0;
        while (i < line.Length && !char.IsLetterOrDigit(line[i]) && line[i] is not ('*' or '_' or '('))
        {
            i++;
        }

        var open = "";
        foreach (var marker in (ReadOnlySpan<string>)["**", "__", "*", "_"])
        {
            if (line.AsSpan(i).StartsWith(marker, StringComparison.Ordinal))
            {
                open = marker;
                i += marker.Length;
                break;
            }
        }

        // "**🎯 S**": an emoji or a space inside the emphasis, before the label.
        while (open.Length > 0 && i < line.Length && !char.IsLetterOrDigit(line[i]) && line[i] is not ('*' or '_' or '('))
        {
            i++;
        }

        var parenthesised = open.Length == 0 && i < line.Length && line[i] == '(';
        if (parenthesised)
        {
            i++;
        }

        var labelStart = i;
        var letters = 0;
        while (i < line.Length && i - labelStart <= 30 && (char.IsLetter(line[i]) || line[i] is ' ' or '\'' or '’' || (line[i] == '-' && !IsDashSeparator(line, i))))
        {
            // Most lines are prose: once the would-be label has more letters than any label word, no lookup can match.
            if (line[i] != ' ' && ++letters > LongestWord)
            {
                return null;
            }

            i++;
        }

        var label = line.AsSpan(labelStart, i - labelStart).Trim();
        if (label.Length == 0)
        {
            return null;
        }

        var isLetter = label.Length == 1;
        if (isLetter && !char.IsUpper(label[0]))
        {
            return null;
        }

        // Looked up as a span: this runs for every line of the notes, and almost none of them is a label.
        Span<char> key = stackalloc char[label.Length];
        var misspelled = false;
        if (!WordsBySpan.TryGetValue(isLetter ? label : Collapse(label, key), out var target))
        {
            if (isLetter || LabelTypos.Section(Collapse(label, key)) is not { } section)
            {
                return null;
            }

            (target, misspelled) = ((LabelKind.Section, section), true);
        }

        // What may follow the label: a closing marker, a colon or dash, or nothing at all.
        var colon = false;
        SkipSpaces(line, ref i);
        if (i < line.Length && line[i] is ':' or '：')
        {
            colon = true;
            i++;

            // Dataview's inline field "Situation:: …" doubles the colon.
            if (i < line.Length && line[i] == ':')
            {
                i++;
            }

            SkipSpaces(line, ref i);
        }

        if (open.Length > 0)
        {
            if (!line.AsSpan(i).StartsWith(open, StringComparison.Ordinal))
            {
                return null;
            }

            i += open.Length;
            SkipSpaces(line, ref i);
        }

        if (parenthesised)
        {
            if (i >= line.Length || line[i] != ')')
            {
                return null;
            }

            i++;
            colon = true;
        }

        if (!colon && i < line.Length && line[i] is ':' or '：' or ')' or ']')
        {
            colon = true;
            i++;
        }
        else if (!colon && i < line.Length && line[i] is '-' or '–' or '—' or '→' && (i + 1 >= line.Length || line[i + 1] == ' ' || isLetter))
        {
            colon = true;
            i++;
        }

        SkipSpaces(line, ref i);
        var alone = i >= line.Length;
        var accepted = colon || (open.Length > 0 && (alone || !isLetter)) || (alone && (bare || !isLetter));
        if (!accepted || (isLetter && !colon && open.Length == 0))
        {
            return null;
        }

        // "Result" followed by ordinary prose ("Result of all this was…") is prose, not a label.
        if (!colon && open.Length == 0 && !alone)
        {
            return null;
        }

        // A misspelled word is read as a label only where the line says it is one ("Actoin: …").
        if (misspelled && (!colon || parenthesised))
        {
            return null;
        }

        return new LabelMatch(target.Kind, target.Section, i);
    }

    /// <summary>
    /// The label a whole element is (a <c>&lt;summary&gt;</c>): as <see cref="Match"/> with <c>bare</c>, and a lone capital
    /// letter ("S") counts too, as the element holds nothing else.
    /// </summary>
    public static LabelMatch? MatchWhole(string text)
    {
        var trimmed = text.Trim();
        return Match(trimmed, bare: true)
            ?? (trimmed.Length == 1 && Match(trimmed + ":") is { } letter ? letter with { ContentStart = text.Length } : null);
    }

    private static bool IsDashSeparator(string line, int i) =>
        line[i] == '-' && (i + 1 >= line.Length || line[i + 1] == ' ') && (i == 0 || line[i - 1] == ' ' || char.IsUpper(line[i - 1]));

    private static void SkipSpaces(string line, ref int i)
    {
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }
    }

    /// <summary>The label in lower case with runs of spaces made one ("What  I did" → "what i did"), written to <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<char> Collapse(ReadOnlySpan<char> label, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in label)
        {
            if (c == ' ' && (length == 0 || buffer[length - 1] == ' '))
            {
                continue;
            }

            buffer[length++] = char.ToLowerInvariant(c);
        }

        return buffer[..length].TrimEnd(' ');
    }

    private static FrozenDictionary<string, (LabelKind, StorySection)> BuildWords()
    {
        var words = new Dictionary<string, (LabelKind, StorySection)>(StringComparer.Ordinal);
        void Add(LabelKind kind, StorySection section, params string[] labels)
        {
            foreach (var label in labels)
            {
                words[label] = (kind, section);
            }
        }

        Add(LabelKind.Section, StorySection.Situation, "S", "situation", "the situation", "context", "background", "situación", "contexto", "situatione", "ausgangslage", "kontext", "contexte",
            "challenge", "the challenge", "problem", "the problem", "obstacle", "obstacles", "ситуация", "контекст", "情境", "背景", "情况");
        Add(LabelKind.Section, StorySection.Role, "T", "task", "the task", "role", "my role", "my task", "responsibility", "responsibilities", "tarea", "aufgabe", "rolle", "tâche", "rôle", "mi rol", "задача", "роль", "任务");
        Add(LabelKind.Section, StorySection.Action, "action", "actions", "the action", "what i did", "approach", "acción", "acciones", "aktion", "maßnahmen", "handlung", "vorgehen", "actions menées", "действия", "действие", "行动");
        Add(LabelKind.Section, StorySection.Outcome, "R", "result", "results", "the result", "outcome", "outcomes", "impact", "resultado", "resultados", "ergebnis", "resultat", "résultat", "результат", "результаты", "结果");
        Add(LabelKind.Section, StorySection.Reflection, "reflection", "reflections", "lesson", "lessons", "lesson learned", "lessons learned", "learned", "learnt", "what i learned", "what i learnt", "takeaway", "takeaways", "learning", "learnings", "reflexión", "aprendizaje", "lo que aprendí", "reflexion", "lektion", "erkenntnis", "was ich gelernt habe", "leçon",
            "L", "gelernt", "ce que j'ai appris", "ce que j’ai appris", "выводы", "вывод", "рефлексия", "反思", "收获", "总结");
        Add(LabelKind.Section, StorySection.Notes, "details", "notes", "note", "misc", "extra", "notas", "notizen");
        Add(LabelKind.Title, StorySection.Notes, "title", "hook", "título", "titel");
        Add(LabelKind.Metrics, StorySection.Notes, "metrics", "numbers", "key numbers", "key metrics", "métricas", "kennzahlen", "zahlen");
        Add(LabelKind.FollowUps, StorySection.Notes, "follow-ups", "follow ups", "followups", "follow-up", "follow-up questions", "follow up questions", "likely follow-ups", "probes");
        Add(LabelKind.Question, StorySection.Notes, "Q", "question", "pregunta", "frage");
        Add(LabelKind.Answer, StorySection.Action, "A", "answer", "respuesta", "antwort");
        Add(LabelKind.Answers, StorySection.Notes, "questions", "use for", "use it for", "used for", "good for", "also good for", "also use for", "lps", "lp", "leadership principles");
        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
