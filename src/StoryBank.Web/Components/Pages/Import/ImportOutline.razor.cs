using Microsoft.AspNetCore.Components;
using StoryBank.Core.Import;

namespace StoryBank.Web.Components.Pages.Import;

/// <summary>
/// The outline of the previewed notes with each block's role, and the person's corrections: a role for a whole heading or
/// list level, or for one block. Each change reads the notes again with the choices and hands the new import to the page.
/// </summary>
public sealed partial class ImportOutline
{
    /// <summary>More menus than this make the page slow to draw; the level controls still cover the rest.</summary>
    internal const int MaxBlocks = 400;

    private List<(string Level, BlockRole? Current)> _levels = [];
    private List<BlockChoice> _blocks = [];
    private int _hidden;
    private int? _otherLine;
    private BlockRole _otherRole = BlockRole.Question;
    private string? _otherLineStatus;

    /// <summary>The notes as read now (with <see cref="NotesImport.Choices"/> applied).</summary>
    [Parameter, EditorRequired]
    public NotesImport Import { get; set; } = null!;

    /// <summary>Raised with the notes read again after the person changed a choice.</summary>
    [Parameter]
    public EventCallback<NotesImport> ImportChanged { get; set; }

    [Parameter]
    public bool Disabled { get; set; }

    private RoleChoices Choices => Import.Choices ?? RoleChoices.None;

    protected override void OnParametersSet()
    {
        var roles = Import.Roles;
        _levels = roles.Blocks
            .Select(b => b.Level)
            .Where(ImportRoleNames.IsLevel)
            .Concat(Choices.Levels.Keys)
            .Distinct(StringComparer.Ordinal)
            .Order(Comparer<string?>.Create(CompareLevels))
            .Select(level => (level!, roles.Levels.TryGetValue(level!, out var role) ? role : (BlockRole?)null))
            .ToList();
        _blocks = roles.Blocks.Take(MaxBlocks).ToList();
        _hidden = roles.Blocks.Count - _blocks.Count;
    }

    private BlockRole? LevelChoice(string? level) => level is not null && Choices.Levels.TryGetValue(level, out var role) ? role : null;

    private BlockRole? BlockChoiceAt(int line) => Choices.Blocks.LastOrDefault(b => b.Line == line)?.Role;

    private Task ChooseLevelAsync(string level, BlockRole? role)
    {
        var levels = Choices.Levels.Where(l => l.Key != level).ToDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal);
        if (role is { } chosen)
        {
            levels[level] = chosen;
        }

        return ApplyAsync(Choices with { Levels = levels });
    }

    private Task ChooseBlockAsync(int line, ChangeEventArgs change)
    {
        var blocks = Choices.Blocks.Where(b => b.Line != line).ToList();
        if (ImportRoleNames.Parse(change.Value) is { } chosen)
        {
            var block = _blocks.Find(b => b.Line == line);
            blocks.Add(new BlockChoice(line, chosen) { Level = block?.Level, Text = block?.Text });
        }

        return ApplyAsync(Choices with { Blocks = blocks.OrderBy(b => b.Line).ToList() });
    }

    /// <summary>A block the outline does not list (a paragraph read as story text), by the line it starts on.</summary>
    private async Task ChooseOtherLineAsync()
    {
        if (_otherLine is not { } line)
        {
            return;
        }

        var choices = Choices with { Blocks = Choices.Blocks.Where(b => b.Line != line).Append(new BlockChoice(line, _otherRole)).OrderBy(b => b.Line).ToList() };
        var next = RoleCorrections.Apply(Import, choices);

        // Only blocks read as plain story text are missing from the roles; any other role there means the line starts no block.
        if (_otherRole != BlockRole.Answer && !next.Roles.Blocks.Any(b => b.Line == line))
        {
            _otherLineStatus = $"Line {line} starts no paragraph, heading or list item of the notes; nothing changed.";
            return;
        }

        _otherLineStatus = $"Line {line} is now read as {ImportRoleNames.Singular(_otherRole)}.";
        await ImportChanged.InvokeAsync(next);
    }

    private Task ApplyAsync(RoleChoices choices) => ImportChanged.InvokeAsync(RoleCorrections.Apply(Import, choices));

    /// <summary>Headings first (h1…h6), then list levels by depth.</summary>
    private static int CompareLevels(string? x, string? y)
    {
        static (int, int) Key(string? level) => level switch
        {
            ['h', .. var n] when int.TryParse(n, out var h) => (0, h),
            ['l', 'i', 's', 't', .. var n] when int.TryParse(n, out var d) => (1, d),
            _ => (2, 0),
        };

        return Key(x).CompareTo(Key(y));
    }

    private static string KindText(BlockChoice block) => block.Level switch
    {
        ['h', .. var n] when n.Length == 1 => "H" + n,
        ['l', 'i', 's', 't', ..] => "•",
        { } kind => kind,
        null => "",
    };

    private static string KindClass(BlockChoice block) => "kind-" + (block.Level ?? "block");

    /// <summary>Headings step in by level, list items by depth, so the outline reads like the notes.</summary>
    private static string Indent(BlockChoice block)
    {
        var step = block.Level switch
        {
            ['h', .. var n] when int.TryParse(n, out var h) => h - 1,
            ['l', 'i', 's', 't', .. var n] when int.TryParse(n, out var d) => d + 1,
            _ => 1,
        };
        return FormattableString.Invariant($"--outline-indent: {Math.Min(step, 8)}");
    }
}
