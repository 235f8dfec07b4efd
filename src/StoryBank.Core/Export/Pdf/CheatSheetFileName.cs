using System.Globalization;
using System.Text;

namespace StoryBank.Core.Export.Pdf;

/// <summary>The downloaded sheet's file name: the person's name and the date, "jordan-lee-cheat-sheet-2026-11-29.pdf".</summary>
public static class CheatSheetFileName
{
    private const int MaxSlugLength = 60;

    /// <summary>The file name for a sheet printed on a day; without a name it starts at "cheat-sheet".</summary>
    public static string For(string? personName, DateOnly date)
    {
        var slug = Slug(personName ?? "");
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return slug.Length == 0 ? $"cheat-sheet-{day}.pdf" : $"{slug}-cheat-sheet-{day}.pdf";
    }

    /// <summary>Lower-case ASCII letters and digits joined by single hyphens; accents dropped ("Zoë" → "zoe").</summary>
    private static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }

            if (slug.Length >= MaxSlugLength)
            {
                break;
            }
        }

        return slug.ToString().Trim('-');
    }
}
