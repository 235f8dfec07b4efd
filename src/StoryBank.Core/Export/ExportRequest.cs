using System.Globalization;

namespace StoryBank.Core.Export;

/// <summary>
/// One export as asked for by a download address or <c>storybank export</c>: the format, the stories and how the sheet
/// is printed. Both read it with <see cref="ExportService.ReadRequestAsync"/> and the Export page writes its links with
/// <see cref="ToQueryString"/>, so the names in the address are written in this one place.
/// </summary>
public sealed record ExportRequest
{
    public const string LayoutKey = "layout";
    public const string PaperKey = "paper";
    public const string DensityKey = "density";
    public const string CategoryKey = "category";
    public const string StoryKey = "story";
    public const string CompleteKey = "complete";
    public const string NameKey = "name";
    public const string TargetKey = "target";

    public ExportFormat Format { get; init; } = ExportFormat.Pdf;

    /// <summary>Which stories; a backup ignores it, since it holds everything.</summary>
    public ExportSelection Selection { get; init; } = new();

    public ExportLayout Layout { get; init; } = ExportLayout.Compact;

    public PaperSize Paper { get; init; } = PaperSize.A4;

    public SheetDensity Density { get; init; } = SheetDensity.Regular;

    /// <summary>The name on the sheet; null means the saved one.</summary>
    public string? PersonName { get; init; }

    /// <summary>
    /// The target whose sheet to print, as given: its id (the Export page) or its name (the command line, see
    /// <see cref="Targets.TargetService.FindAsync"/>). <see cref="ExportService.ReadRequestAsync"/> resolves it to <see cref="TargetId"/>.
    /// </summary>
    public string? Target { get; init; }

    /// <summary>The target found for <see cref="Target"/>; set only by <see cref="ExportService.ReadRequestAsync"/>.</summary>
    public int? TargetId { get; init; }

    /// <summary>The address of the download, relative to the app's base: its path and <see cref="ToQueryString"/>.</summary>
    public string ToAddress()
    {
        var path = Format switch
        {
            ExportFormat.Pdf => "export/cheatsheet.pdf",
            ExportFormat.Markdown => "export/stories.md",
            _ => "export/backup.json",
        };
        var query = ToQueryString();
        return query.Length == 0 ? path : $"{path}?{query}";
    }

    /// <summary>The query string (without "?") holding what applies to the format, which <see cref="TryParse"/> reads back.</summary>
    public string ToQueryString()
    {
        var query = new List<string>();
        if (Format != ExportFormat.Json && (TargetId?.ToString(CultureInfo.InvariantCulture) ?? Target) is { Length: > 0 } target)
        {
            query.Add(Pair(TargetKey, target));
        }

        if (Format != ExportFormat.Json)
        {
            query.AddRange(Selection.CategorySlugs.Select(c => Pair(CategoryKey, c)));
            query.AddRange(Selection.StoryIds.Select(id => Pair(StoryKey, id.ToString(CultureInfo.InvariantCulture))));
            if (Selection.OnlyComplete)
            {
                query.Add(Pair(CompleteKey, "true"));
            }
        }

        if (Format == ExportFormat.Pdf)
        {
            query.Add(Pair(LayoutKey, Name(Layout)));
            query.Add(Pair(PaperKey, Name(Paper)));
            query.Add(Pair(DensityKey, Name(Density)));
            if (!string.IsNullOrWhiteSpace(PersonName))
            {
                query.Add(Pair(NameKey, PersonName.Trim()));
            }
        }

        return string.Join('&', query);
    }

    /// <summary>
    /// Reads a request from name/value pairs (the address's query, or the command line's options under the same names).
    /// Names that do not apply to the format are ignored, as an address may carry more than one download needs.
    /// Checks only the form of the values; <see cref="ExportService.ReadRequestAsync"/> also checks them against the database.
    /// </summary>
    public static bool TryParse(ExportFormat format, IEnumerable<KeyValuePair<string, string?>> parameters, out ExportRequest request, out string problem)
    {
        request = new ExportRequest { Format = format };
        problem = "";
        var categories = new List<string>();
        var storyIds = new List<int>();
        var onlyComplete = false;
        var layout = ExportLayout.Compact;
        var paper = PaperSize.A4;
        var density = SheetDensity.Regular;
        string? personName = null;
        string? target = null;
        foreach (var (key, value) in parameters)
        {
            string? reason = null;

            // Case-insensitive, as ASP.NET Core's own query binding is.
            switch (key.ToLowerInvariant())
            {
                case CategoryKey when !string.IsNullOrWhiteSpace(value):
                    categories.Add(value);
                    break;
                case StoryKey:
                    if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                    {
                        storyIds.Add(id);
                    }
                    else
                    {
                        reason = $"{StoryKey}={value} is not a story number.";
                    }

                    break;
                case CompleteKey when !string.IsNullOrEmpty(value) && !bool.TryParse(value, out onlyComplete):
                    reason = $"{CompleteKey}={value} is neither true nor false.";
                    break;
                case LayoutKey when !string.IsNullOrEmpty(value) && !TryEnum(value, out layout):
                    reason = $"{LayoutKey}={value} is neither compact nor full.";
                    break;
                case PaperKey when !string.IsNullOrEmpty(value) && !TryEnum(value, out paper):
                    reason = $"{PaperKey}={value} is neither a4 nor letter.";
                    break;
                case DensityKey when !string.IsNullOrEmpty(value) && !TryEnum(value, out density):
                    reason = $"{DensityKey}={value} is neither regular nor dense.";
                    break;
                case NameKey:
                    personName = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
                    break;
                case TargetKey:
                    target = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
                    break;
            }

            if (reason is not null)
            {
                problem = reason;
                return false;
            }
        }

        // A target's sheet is its stories, so a filter beside it could only drop some of them without saying which.
        if (format != ExportFormat.Json && target is not null && (categories.Count > 0 || storyIds.Count > 0 || onlyComplete))
        {
            problem = $"{TargetKey}={target} prints the target's own stories; leave out {CategoryKey}, {StoryKey} and {CompleteKey}.";
            return false;
        }

        request = new ExportRequest
        {
            Format = format,
            Target = format == ExportFormat.Json ? null : target,
            Selection = format == ExportFormat.Json
                ? new ExportSelection()
                : new ExportSelection { CategorySlugs = categories, StoryIds = storyIds, OnlyComplete = onlyComplete },
            Layout = format == ExportFormat.Pdf ? layout : ExportLayout.Compact,
            Paper = format == ExportFormat.Pdf ? paper : PaperSize.A4,
            Density = format == ExportFormat.Pdf ? density : SheetDensity.Regular,
            PersonName = format == ExportFormat.Pdf ? personName : null,
        };
        return true;
    }

    private static string Pair(string key, string value) => $"{key}={Uri.EscapeDataString(value)}";

    private static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>Only the names (any case), not the numbers <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> also takes.</summary>
    private static bool TryEnum<T>(string value, out T parsed)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Name(candidate), value, StringComparison.OrdinalIgnoreCase))
            {
                parsed = candidate;
                return true;
            }
        }

        parsed = default;
        return false;
    }
}
