using System.Globalization;

namespace StoryBank.Web.Components.Shared;

/// <summary>
/// The page number from a list page's <c>?page=</c>. Anything that is not a page (text, zero, a negative number, a
/// number past the last page or past <see cref="int.MaxValue"/>) lands on the nearest page instead of an error.
/// </summary>
public static class Paging
{
    /// <summary>The requested page, at least 1 and small enough that its first row's offset fits in an <see cref="int"/>.</summary>
    public static int Requested(string? page, int pageSize)
    {
        var largest = int.MaxValue / pageSize;
        if (!long.TryParse(page, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            // Digits too many for a long are a page past the end, not the first one.
            return page is { Length: > 0 } && page.All(char.IsAsciiDigit) ? largest : 1;
        }

        return (int)Math.Clamp(number, 1, largest);
    }

    /// <summary>The number of pages <paramref name="total"/> rows fill; an empty list still has its one page.</summary>
    public static int PageCount(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);

    /// <summary>Offset of the first row of <paramref name="page"/>.</summary>
    public static int Skip(int page, int pageSize) => (page - 1) * pageSize;
}
