namespace StoryBank.Core.Import;

/// <summary>
/// Letters that look like STAR labels but spell out words of their own: "R - risks:", "A - assumptions:", "T - timeline:"
/// is a key to an acronym, not Result / Action / Task. A set of letter lines (the items of one list, or the lines of one
/// paragraph) is read as such a key when every letter in it opens the word right after it; one letter line that does not
/// ("A - I rewrote the job") makes the whole set STAR labels, as the set is read together.
/// </summary>
internal static class AcronymKey
{
    /// <summary>The lines (their text, by reference) that are a key's entries, not labels.</summary>
    public static IReadOnlySet<object> Lines(NoteOutline outline)
    {
        var lines = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var set = new List<string>();
        foreach (var node in outline.Nodes.Prepend(outline.Root))
        {
            set.Clear();
            foreach (var child in node.Children)
            {
                if (child.Kind == NoteBlockKind.Bullet)
                {
                    set.Add(child.Block!.Lines[0].Text);
                }
            }

            AddKey(set, lines);
            if (node.Block is { Kind: NoteBlockKind.Paragraph or NoteBlockKind.Bullet, Lines.Length: > 1 } block)
            {
                set.Clear();
                foreach (var line in block.Lines)
                {
                    set.Add(line.Text);
                }

                AddKey(set, lines);
            }
        }

        return lines;
    }

    private static void AddKey(List<string> candidates, HashSet<object> lines)
    {
        // Read for every node of the outline, and almost no set has two letter lines: no list is made for those.
        if (candidates.Count < 2)
        {
            return;
        }

        var letters = candidates.Where(IsLetterLabel).ToList();
        if (letters.Count >= 2 && letters.All(SpellsAWord))
        {
            foreach (var line in letters)
            {
                lines.Add(line);
            }
        }
    }

    /// <summary>A line that opens with a one-letter label ("R - …", "S: …", "**A**: …").</summary>
    private static bool IsLetterLabel(string line) =>
        StarLabels.Match(line) is { } label && CountLetters(line.AsSpan(0, label.ContentStart)) == 1;

    private static int CountLetters(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsLetter(c) ? 1 : 0;
        }

        return count;
    }

    /// <summary>"R - risks: …": the letter opens the next word, which is no STAR word itself ("S - Situation: …" is).</summary>
    private static bool SpellsAWord(string line)
    {
        var label = StarLabels.Match(line)!.Value;
        var letter = line.AsSpan(0, label.ContentStart)[line.AsSpan(0, label.ContentStart).IndexOfAnyInRange('A', 'Z')];
        var content = line.AsSpan(label.ContentStart).TrimStart(" *_");
        var wordLength = 0;
        while (wordLength < content.Length && char.IsLetter(content[wordLength]))
        {
            wordLength++;
        }

        return wordLength > 1 && char.ToUpperInvariant(content[0]) == letter && StarLabels.Match(content.ToString(), bare: true) is null;
    }
}
